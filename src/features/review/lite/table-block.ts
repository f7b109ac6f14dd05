import type { MdBlock, TableAlign } from './md-block';

// GFM tables: a header row, a delimiter row with as many cells, then rows up to a blank line.

const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Reads a table starting at `start`; the block and the index after it, or undefined. */
export function readTable(
  lines: readonly string[],
  start: number,
  endsTable: (line: string) => boolean,
): { block: MdBlock; end: number } | undefined {
  const header = lines[start] ?? '';
  const delimiters = lines[start + 1] ?? '';
  if (!header.includes('|') || !delimiterRow.test(delimiters)) return undefined;
  const head = splitRow(header);
  const align = splitRow(delimiters).map(alignOf);
  if (head.length !== align.length) return undefined;
  const rows: string[][] = [];
  let at = start + 2;
  while (at < lines.length && !endsTable(lines[at] ?? '')) {
    const cells = splitRow(lines[at] ?? '');
    rows.push(align.map((_, index) => cells[index] ?? ''));
    at++;
  }
  return { block: { type: 'table', align, head, rows }, end: at };
}

function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const text = line.trim().replace(/^\|/, '');
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '\\' && text[at + 1] === '|') {
      cell += '|';
      at++;
    } else if (char === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  if (cell.trim() !== '' || !text.endsWith('|')) cells.push(cell.trim());
  return cells;
}

function alignOf(cell: string): TableAlign {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  return left && right ? 'center' : left ? 'left' : right ? 'right' : '';
}
