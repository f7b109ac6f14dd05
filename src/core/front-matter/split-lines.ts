import type { LineEnding } from '../model/types';

/**
 * Splits text into lines that keep their own line end: `\n`, `\r\n`, a bare `\r` (all three end
 * a line in CommonMark) or none for the last.
 */
export function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n?|\n)|[^\r\n]+$/g) ?? [];
}

/** The line end a line carries: `\r\n`, `\n`, `\r` or `''`. */
export function lineEnd(line: string): LineEnding | '' {
  if (line.endsWith('\r\n')) return '\r\n';
  if (line.endsWith('\n')) return '\n';
  return line.endsWith('\r') ? '\r' : '';
}

/** The first line end found in the text, or the fallback when it has none. */
export function firstLineEnd(text: string, fallback: LineEnding): LineEnding {
  return (/\r\n?|\n/.exec(text)?.[0] as LineEnding | undefined) ?? fallback;
}

/**
 * The text with each bare `\r` made a `\n`, for the TOML and YAML parsers, which do not end lines
 * at a bare CR. Offsets and line numbers stay those of the text as read.
 */
export function bareCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
