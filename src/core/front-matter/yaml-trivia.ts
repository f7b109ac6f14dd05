import { splitLines } from './split-lines';

/** Whether a YAML front matter line is blank or an unindented comment. */
export function isYamlTrivia(line: string): boolean {
  return line.startsWith('#') || line.trim() === '';
}

/** The blank lines and unindented comment lines at the start of an entry's source. */
export function yamlTrivia(source: string): string {
  const lines = splitLines(source);
  const start = lines.findIndex((line) => !isYamlTrivia(line));
  return lines.slice(0, start < 0 ? lines.length : start).join('');
}
