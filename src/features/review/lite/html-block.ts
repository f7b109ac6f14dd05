// HTML blocks (CommonMark's seven kinds). The preview never renders their HTML: it shows the
// text as typed, as the editor's preview does, keeping only bare `<br>` tags.

const blockTags =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';

const starts: Array<[RegExp, RegExp | 'blank']> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [new RegExp(`^ {0,3}</?(?:${blockTags})(?:\\s|/?>|$)`, 'i'), 'blank'],
];
const completeTag =
  /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

/** How the HTML block starting on `line` ends, or undefined if the line starts none. */
export function htmlBlockEnd(line: string, inParagraph: boolean): RegExp | 'blank' | undefined {
  for (const [start, end] of starts) if (start.test(line)) return end;
  if (!inParagraph && completeTag.test(line) && !/^ {0,3}<(?:script|style|pre)/i.test(line)) {
    return 'blank';
  }
  return undefined;
}

/** The index after the block's last line. */
export function htmlBlockExtent(lines: readonly string[], start: number, end: RegExp | 'blank') {
  let at = start;
  if (end === 'blank') {
    while (at < lines.length && !/^[ \t]*$/.test(lines[at] ?? '')) at++;
    return at;
  }
  while (at < lines.length && !end.test(lines[at] ?? '')) at++;
  return Math.min(at + 1, lines.length);
}
