import { parseHtml, serializeHtml } from './parse-html.ts';

/** A rendered page cut in two: one card's elements, and the rest with a marker in their place. */
export interface SplitCard {
  card: string;
  rest: string;
}

const MARKER = 'the card';

/**
 * Cuts the card whose title links to `url` out of a rendered page. A list item card is its
 * `<li>`; a paragraph or heading card is its title element and the paragraphs after it that
 * describe it, up to the next element that is no paragraph or opens with a link (the next card).
 */
export function splitCard(html: string, url: string): SplitCard {
  const page = parseHtml(html);
  const anchor = [...page.querySelectorAll('a')].find((a) => a.getAttribute('href') === url);
  if (!anchor) throw new Error(`the page has no link to ${url}`);
  const elements = cardElements(page, anchor);
  const card = elements.map((e) => e.outerHTML).join('\n');
  const first = elements[0] as Element;
  first.replaceWith(page.ownerDocument.createComment(MARKER));
  for (const element of elements.slice(1)) element.remove();
  return { card, rest: serializeHtml(page) };
}

function cardElements(page: DocumentFragment, anchor: Element): Element[] {
  const item = anchor.closest('li');
  if (item) return [item];
  let top: Element = anchor;
  while (top.parentNode !== page) top = top.parentNode as Element;
  const elements = [top];
  for (let next = top.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.tagName !== 'P' || opensWithLink(next)) break;
    elements.push(next);
  }
  return elements;
}

function opensWithLink(paragraph: Element): boolean {
  const first = paragraph.firstChild;
  if (!(first instanceof Element)) return false;
  return (
    first.tagName === 'A' ||
    (first.tagName === 'STRONG' &&
      first.firstChild instanceof Element &&
      first.firstChild.tagName === 'A')
  );
}
