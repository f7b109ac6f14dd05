import { parseHtml, serializeHtml } from './parse-html.ts';

/**
 * What a rendering should look like after every `oldText` in the text became `newText`:
 * the replacement is made in text nodes only, never in attributes (hrefs stay as they were).
 * Hugo derives heading ids from heading text, so the ids of changed headings follow their text.
 * Returns HTML in the canonical form of normalizeHtml.
 */
export function replaceInTextNodes(html: string, oldText: string, newText: string): string {
  const fragment = parseHtml(html);
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.includes(oldText)) node.nodeValue = text.replaceAll(oldText, newText);
  }
  for (const heading of fragment.querySelectorAll(
    'h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]',
  )) {
    if (!(heading.textContent ?? '').includes(newText)) continue;
    heading.id = heading.id.replaceAll(headingSlug(oldText), headingSlug(newText));
  }
  return serializeHtml(fragment);
}

/** Hugo's GitHub-style heading id for a run of plain words. */
function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replaceAll(' ', '-');
}
