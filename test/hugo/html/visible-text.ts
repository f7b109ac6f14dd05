import { parseHtml } from './parse-html.ts';

// Elements that start a new line of text for a reader; text inside one never runs into the text
// of the next. `br` counts as one: a line break separates words as a block edge does.
const blockTags = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);

export interface VisibleContent {
  /** The href of every link, in document order, as the browser reads the attribute. */
  hrefs: string[];
  /** The text a reader sees, one entry per line of text, whitespace collapsed, empty lines out. */
  lines: string[];
}

/**
 * What a reader sees of a rendering: its links and its lines of text. `leaveOut` names elements
 * whose text and links are not counted (the preview's shortcode placeholders, Hugo's shortcode
 * output).
 */
export function visibleContent(html: string, leaveOut: string): VisibleContent {
  const fragment = parseHtml(html);
  for (const element of fragment.querySelectorAll(leaveOut)) element.remove();
  const hrefs = [...fragment.querySelectorAll('a[href]')].map(
    (anchor) => anchor.getAttribute('href') ?? '',
  );
  const lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    const block = node instanceof Element && blockTags.has(node.tagName);
    if (block) endLine();
    for (const child of node.childNodes) walk(child);
    if (block) endLine();
  };
  walk(fragment);
  endLine();
  return { hrefs, lines };
}
