/** A preamble line must read back as one: blank, shortcodes or HTML tags only. */
const PREAMBLE_LINE = /^\s*(?:(?:\{\{[<%].*?[%>]\}\}|<\/?\s*[A-Za-z][^<>]*>)\s*)*$/;

/** True when `line` can be a line of a template's preamble. */
export function isPreambleLine(line: string): boolean {
  return PREAMBLE_LINE.test(line);
}
