const LIST_ITEM = /^[*+-] +\[/;
const LINK_HEADING = /^#{3,6} +\[/;
const LINK_PARAGRAPH = /^(\*\*)?\[/;
const FENCE = /^\s*(```|~~~)/;

/**
 * The lines (1-based) where an item of a link newsletter starts, read from the text alone, never
 * by the importer: after the first `## ` heading, a list item at the margin whose text opens
 * with `[` (a link, or a `[**Tag**]` before it), a `###` (or deeper) heading that opens with
 * `[`, or the first line of a paragraph that opens with `[` or `**[`. Fenced code is skipped.
 */
export function itemStartLines(text: string): number[] {
  const lines = text.split(/\r\n?|\n/);
  const starts: number[] = [];
  let body = false;
  let fenced = false;
  lines.forEach((line, index) => {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) return;
    if (line.startsWith('## ')) body = true;
    const paragraphStart = index === 0 || (lines[index - 1] ?? '').trim() === '';
    const opens =
      LIST_ITEM.test(line) ||
      LINK_HEADING.test(line) ||
      (paragraphStart && LINK_PARAGRAPH.test(line));
    if (body && opens) starts.push(index + 1);
  });
  return starts;
}
