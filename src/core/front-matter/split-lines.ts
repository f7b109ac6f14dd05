/** Splits text into lines that keep their own line end (`\n`, `\r\n` or none for the last). */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The line end a line carries: `\r\n`, `\n` or `''`. */
export function lineEnd(line: string): string {
  if (line.endsWith('\r\n')) return '\r\n';
  return line.endsWith('\n') ? '\n' : '';
}

/** The first line end found in the text, or the fallback when it has none. */
export function firstLineEnd(text: string, fallback: '\n' | '\r\n'): '\n' | '\r\n' {
  const at = text.indexOf('\n');
  if (at < 0) return fallback;
  return text[at - 1] === '\r' ? '\r\n' : '\n';
}
