/**
 * Where each line of a text starts and ends, so parts can be sliced by whole lines. Lines end as
 * markdown-it ends them (LF, CRLF or a bare CR), so its line numbers index this map, and each
 * line's own ending stays in the text between lines.
 */
export interface LineMap {
  readonly text: string;
  /** Offset of the first character of each line (index 0 is line 1). */
  readonly starts: number[];
  /** Offset just past each line's last character, before its line end. */
  readonly ends: number[];
}

const LF = 10;
const CR = 13;

export function buildLineMap(text: string): LineMap {
  const starts: number[] = [0];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== LF && ch !== CR) continue;
    ends.push(i);
    if (ch === CR && text.charCodeAt(i + 1) === LF) i++;
    starts.push(i + 1);
  }
  ends.push(text.length);
  return { text, starts, ends };
}

/** Offset where 1-based `line` starts; past the last line, the end of the text. */
export function lineStart(map: LineMap, line: number): number {
  return map.starts[line - 1] ?? map.text.length;
}

/** Offset where 1-based `line` ends (before its line end). */
export function lineEnd(map: LineMap, line: number): number {
  return map.ends[line - 1] ?? map.text.length;
}

/** The text of lines `from` to `to` (1-based, inclusive), without the last line's line end. */
export function sliceLines(map: LineMap, from: number, to: number): string {
  return map.text.slice(lineStart(map, from), lineEnd(map, to));
}

/** The text between the end of line `afterLine` and the start of line `beforeLine`. */
export function gapBetween(map: LineMap, afterLine: number, beforeLine: number): string {
  return map.text.slice(lineEnd(map, afterLine), lineStart(map, beforeLine));
}

export function lineCount(map: LineMap): number {
  return map.starts.length;
}
