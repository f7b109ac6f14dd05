import { parseHtml, serializeHtml } from './parse-html.ts';

/** Two renderings, each in a canonical form, to compare as strings. */
export interface RestOfIssue {
  before: string;
  after: string;
}

/**
 * The rendering with a card added (`after`) without that card, next to the rendering from
 * before (`before`), so that a test can check that nothing else changed. The card is the list
 * item holding the title link or, for a paragraph-style card (`[Title](url)` then bullets), the
 * title paragraph and the bullet list after it. Three differences the addition may rightly
 * make are left out of both sides:
 * - line-break-only text between block elements, and whitespace at the edges of an element;
 * - the `eo` shortcode at the end of the file (000-045), which markdown folds into the last
 *   list item, so it moves to a card added to the last section (its count must not change);
 * - paragraphs inside the items of the list the card joined: a one-card tight list in a
 *   loose-list file becomes loose when a card is added in the file's own style.
 * Throws when no link passes `isTitle`, or when that link is not a card of its own (a
 * top-level list item or paragraph) but sits inside another card.
 */
export function restWithoutCard(
  before: string,
  after: string,
  isTitle: (anchor: Element) => boolean,
  hasBullets: boolean,
): RestOfIssue {
  const afterFragment = parseHtml(after);
  const listIndex = removeCardFrom(afterFragment, isTitle, hasBullets);
  const beforeFragment = parseHtml(before);
  if (listIndex !== undefined) {
    unwrapItemParagraphs(topLevelLists(beforeFragment)[listIndex]);
    unwrapItemParagraphs(topLevelLists(afterFragment)[listIndex]);
  }
  return { before: canonical(beforeFragment), after: canonical(afterFragment) };
}

/** Removes the card; returns the index of the list it was in when that list stays. */
function removeCardFrom(
  fragment: DocumentFragment,
  isTitle: (anchor: Element) => boolean,
  hasBullets: boolean,
): number | undefined {
  const title = [...fragment.querySelectorAll('a[href]')].findLast(isTitle);
  if (!title) throw new Error('the rendering has no link with the card title and URL');
  const item = title.closest('li');
  const list = item?.parentElement;
  if (item && list?.parentNode === fragment) {
    item.remove();
    if (list.children.length > 0) return topLevelLists(fragment).indexOf(list);
    list.remove();
    return undefined;
  }
  const paragraph = title.closest('p');
  if (item || paragraph?.parentNode !== fragment) {
    throw new Error('the card title is not a top-level list item or paragraph of its section');
  }
  const bulletList = paragraph.nextElementSibling;
  if (hasBullets && bulletList && ['UL', 'OL'].includes(bulletList.tagName)) bulletList.remove();
  paragraph.remove();
  return undefined;
}

function topLevelLists(fragment: DocumentFragment): Element[] {
  return [...fragment.children].filter((element) => ['UL', 'OL'].includes(element.tagName));
}

function unwrapItemParagraphs(list: Element | undefined): void {
  for (const paragraph of list?.querySelectorAll(':scope > li > p') ?? []) {
    paragraph.replaceWith(...paragraph.childNodes);
  }
}

function canonical(fragment: DocumentFragment): string {
  for (const stub of fragment.querySelectorAll('.eo-stub')) stub.remove();
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  const blank: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^\s*\n\s*$/.test(node.nodeValue ?? '')) blank.push(node);
  }
  for (const node of blank) node.parentNode?.removeChild(node);
  for (const element of fragment.querySelectorAll('*')) trimEdges(element);
  return serializeHtml(fragment);
}

/** Drops whitespace at the start and end of an element's text, which renders as nothing. */
function trimEdges(element: Element): void {
  const first = element.firstChild;
  const last = element.lastChild;
  if (first?.nodeType === Node.TEXT_NODE) first.nodeValue = (first.nodeValue ?? '').trimStart();
  if (last?.nodeType === Node.TEXT_NODE) last.nodeValue = (last.nodeValue ?? '').trimEnd();
}
