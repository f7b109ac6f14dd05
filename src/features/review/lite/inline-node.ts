// The inline tree of the light markdown reader: what a paragraph, heading or bullet holds once
// its markdown is parsed. Text is kept unescaped; rendering escapes it.

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'hardBreak' }
  | { type: 'softBreak' }
  /** A Hugo shortcode, by its index in the list protectShortcodes made. */
  | { type: 'shortcode'; index: number }
  | { type: 'emphasis' | 'strong' | 'strike'; children: InlineNode[] }
  /** `literal`: a bare or angle-bracket URL, not written as `[text](url)`. */
  | { type: 'link'; href: string; title: string; children: InlineNode[]; literal?: boolean }
  | { type: 'image'; src: string; title: string; alt: InlineNode[] };

/** The text a reader sees, without markup: for card titles, headings and image alt text. */
export function plainTextOf(nodes: InlineNode[]): string {
  let text = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code':
        text += node.text;
        break;
      case 'hardBreak':
      case 'softBreak':
        text += '\n';
        break;
      case 'shortcode':
        break;
      case 'image':
        text += plainTextOf(node.alt);
        break;
      default:
        text += plainTextOf(node.children);
    }
  }
  return text;
}
