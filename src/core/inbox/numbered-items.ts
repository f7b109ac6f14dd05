// Finds the items of a feed page copied as a numbered list ("  1. …", "  2. …"): the longest run
// of consecutively numbered list items, when it holds most of the text (so a short numbered list
// inside one article does not pass for the page's items).

const MARKER = /^(\s*)(\d{1,6})[.)]\s+(\S.*)$/;
const ANY_MARKER = /^\s*(?:\d{1,6}[.)]|[-*+•●▪◦])\s+\S/;

interface Marker {
  line: number;
  number: number;
  indent: number;
  text: string;
}

/** The lines of each numbered item (the marker removed), or undefined when the text is not such a list. */
export function numberedItems(lines: readonly string[]): string[][] | undefined {
  const run = longestRun(markers(lines));
  if (run.length < 2) return undefined;
  const items = run.map((marker, i) => {
    const next = run[i + 1];
    const end = next === undefined ? endOfLastItem(lines, marker) : next.line;
    return [marker.text, ...lines.slice(marker.line + 1, end)];
  });
  return textLength(items.flat()) * 2 >= textLength(lines) ? items : undefined;
}

function markers(lines: readonly string[]): Marker[] {
  return lines.flatMap((line, index) => {
    const match = MARKER.exec(line);
    if (match === null) return [];
    const [, indent = '', number = '', text = ''] = match;
    return [{ line: index, number: Number(number), indent: indent.length, text }];
  });
}

function longestRun(all: readonly Marker[]): Marker[] {
  let best = { start: 0, length: 0 };
  let start = 0;
  all.forEach((marker, i) => {
    const last = all[i - 1];
    const continues =
      last !== undefined && marker.number === last.number + 1 && marker.indent === last.indent;
    if (!continues) start = i;
    if (i - start + 1 > best.length) best = { start, length: i - start + 1 };
  });
  return all.slice(best.start, best.start + best.length);
}

/**
 * The last item runs on over lines indented deeper than its marker, and over unindented lines
 * directly below it; it ends at another list item of its level or a paragraph back at its level.
 */
function endOfLastItem(lines: readonly string[], marker: Marker): number {
  let end = marker.line + 1;
  for (; end < lines.length; end++) {
    const line = lines[end] ?? '';
    if (line.trim() === '') {
      const next = lines.slice(end + 1).find((l) => l.trim() !== '');
      if (next === undefined || indentOf(next) <= marker.indent) break;
    } else if (indentOf(line) <= marker.indent && ANY_MARKER.test(line)) break;
  }
  return end;
}

function textLength(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.trim().length, 0);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
