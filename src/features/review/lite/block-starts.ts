// What a line starts, for the block reader. Lines have had their leading tabs expanded.

export interface ListMarker {
  ordered: boolean;
  /** `*`, `-`, `+`, `.` or `)`: items of one list share it. */
  kind: string;
  start: number;
  /** Columns from the line start to the item's content. */
  contentOffset: number;
  /** The first line's content. */
  content: string;
}

const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const fence = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const thematic = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const marker = /^( {0,3})([*+-]|(\d{1,9})([.)]))(?=[ \t]|$)([ \t]*)/;
const setext = /^ {0,3}(=+|-+)[ \t]*$/;

export function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

export function indentOf(line: string): number {
  let at = 0;
  while (line[at] === ' ') at++;
  return at;
}

export function readAtxHeading(line: string): { level: number; text: string } | undefined {
  const match = atx.exec(line);
  if (!match?.[1]) return undefined;
  const text = (match[2] ?? '').replace(/(^|[ \t])#+$/, '').trim();
  return { level: match[1].length, text };
}

export function readFenceOpen(
  line: string,
): { indent: number; fence: string; info: string } | undefined {
  const match = fence.exec(line);
  if (!match?.[2]) return undefined;
  const info = (match[3] ?? '').trim();
  if (match[2].startsWith('`') && info.includes('`')) return undefined;
  return { indent: (match[1] ?? '').length, fence: match[2], info };
}

export function closesFence(line: string, open: string): boolean {
  const trimmed = line.replace(/^ {0,3}/, '').replace(/[ \t]+$/, '');
  return trimmed.length >= open.length && trimmed === (open[0] ?? '').repeat(trimmed.length);
}

export function isThematicBreak(line: string): boolean {
  return thematic.test(line);
}

export function setextLevel(line: string): number | undefined {
  const match = setext.exec(line);
  if (!match?.[1]) return undefined;
  return match[1].startsWith('=') ? 1 : 2;
}

export function isQuoteStart(line: string): boolean {
  return /^ {0,3}>/.test(line);
}

export function readListMarker(line: string): ListMarker | undefined {
  const match = marker.exec(line);
  if (!match) return undefined;
  const indent = (match[1] ?? '').length;
  const ordered = match[3] !== undefined;
  const width = (match[2] ?? '').length;
  const spaces = (match[5] ?? '').length;
  const rest = line.slice(match[0].length);
  const blankStart = rest.trim() === '';
  // Five or more spaces after the marker: the content is indented code, one space belongs to it.
  const gap = blankStart || spaces > 4 ? 1 : spaces;
  const content = blankStart ? '' : spaces > 4 ? line.slice(indent + width + 1) : rest;
  return {
    ordered,
    kind: ordered ? (match[4] ?? '.') : (match[2] ?? '*'),
    start: ordered ? Number(match[3]) : 1,
    contentOffset: indent + width + gap,
    content,
  };
}
