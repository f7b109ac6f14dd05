import { parseHtml } from './parse-html.ts';

export interface RenderedLink {
  text: string;
  href: string;
}

/** Every link of a rendering: its text content and its href attribute, in document order. */
export function collectLinks(html: string): RenderedLink[] {
  return [...parseHtml(html).querySelectorAll('a[href]')].map((anchor) => ({
    text: anchor.textContent ?? '',
    href: anchor.getAttribute('href') ?? '',
  }));
}

/** Links of `after` that `before` does not have, counting repeats (a multiset difference). */
export function addedLinks(before: RenderedLink[], after: RenderedLink[]): RenderedLink[] {
  const remaining = new Map<string, number>();
  for (const link of before) remaining.set(linkKey(link), (remaining.get(linkKey(link)) ?? 0) + 1);
  return after.filter((link) => {
    const count = remaining.get(linkKey(link)) ?? 0;
    if (count > 0) remaining.set(linkKey(link), count - 1);
    return count === 0;
  });
}

function linkKey(link: RenderedLink): string {
  return JSON.stringify([link.text, link.href]);
}
