import { expect } from 'vitest';
import { addedLinks, collectLinks, type RenderedLink } from './html/collect-links.ts';
import { normalizeHref } from './html/normalize-href.ts';
import { parseHtml } from './html/parse-html.ts';
import { restWithoutCard } from './html/remove-card.ts';
import { textBlocks } from './html/text-blocks.ts';
import { undoTypographer } from './html/undo-typographer.ts';

/** A card as the editor typed it; bullets are plain text. */
export interface TypedCard {
  section: string;
  title: string;
  url: string;
  tag?: string;
  bullets: string[];
}

/**
 * Checks that `after` (the rendering of the file with `card` added) is `before` plus exactly
 * that card: one new link whose text is the typed title and whose href is the typed URL (as
 * goldmark encodes it), a title line and bullets with the typed text, and every other part
 * rendered as before (see restWithoutCard for the differences an addition may make). Typographic punctuation is mapped back to ASCII before comparing text.
 */
export function expectCardRendered(before: string, after: string, card: TypedCard): void {
  const typed = { text: card.title, href: normalizeHref(card.url) };
  const added = addedLinks(collectLinks(before), collectLinks(after)).map(asTyped);
  expect(added, 'links the card added').toEqual([typed]);
  expect(addedLinks(collectLinks(after), collectLinks(before)), 'links lost').toEqual([]);

  const titleLine = card.tag === undefined ? card.title : `[${card.tag}] ${card.title}`;
  const newBlocks = addedTexts(textBlocks(before), textBlocks(after)).map(undoTypographer);
  expect(newBlocks.sort(), 'text of the title line and bullets').toEqual(
    [titleLine, ...card.bullets].sort(),
  );

  const isTitle = (anchor: Element): boolean =>
    sameLink(
      asTyped({ text: anchor.textContent ?? '', href: anchor.getAttribute('href') ?? '' }),
      typed,
    );
  const rest = restWithoutCard(before, after, isTitle, card.bullets.length > 0);
  expect(rest.after, 'the rendering without the new card').toBe(rest.before);
  expect(eoCount(after), 'eo shortcodes').toBe(eoCount(before));
}

function eoCount(html: string): number {
  return parseHtml(html).querySelectorAll('.eo-stub').length;
}

function asTyped(link: RenderedLink): RenderedLink {
  return { text: undoTypographer(link.text), href: normalizeHref(link.href) };
}

function sameLink(a: RenderedLink, b: RenderedLink): boolean {
  return a.text === b.text && a.href === b.href;
}

/** Non-empty texts of `after` that `before` does not have, counting repeats. */
function addedTexts(before: string[], after: string[]): string[] {
  const remaining = [...before];
  return after.filter((text) => {
    const index = remaining.indexOf(text);
    if (index >= 0) remaining.splice(index, 1);
    return index < 0 && text !== '';
  });
}
