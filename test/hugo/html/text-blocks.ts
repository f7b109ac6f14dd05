import { parseHtml } from './parse-html.ts';

/**
 * The text of every paragraph and list item of a rendering, each without the text of the
 * lists nested in it, whitespace trimmed: what a reader sees as one summary bullet or title.
 */
export function textBlocks(html: string): string[] {
  return [...parseHtml(html).querySelectorAll('p, li')].map((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const nested of copy.querySelectorAll('ul, ol, p')) nested.remove();
    return (copy.textContent ?? '').trim();
  });
}
