import { InputError } from '../errors';

/**
 * Parses JSON text that starts on file line `firstLine`, throwing InputError with the file line
 * of the fault, as the TOML and YAML readers do.
 */
export function jsonValueAtLine(text: string, firstLine: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const position = Number(/at position (\d+)/.exec(error.message)?.[1] ?? text.length);
    const line = firstLine + text.slice(0, position).split(/\r\n?|\n/).length - 1;
    const reason = error.message.replace(/ in JSON at position \d+.*$/s, '');
    throw new InputError(`Broken JSON front matter on line ${line}: ${reason}`, line);
  }
}
