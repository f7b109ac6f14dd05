import { crc32 } from '../../core/share/crc32';

// How reviewer notes name a card. A share link carries markdown only, so the ids the editor's
// cards have never reach the reviewer; both sides name a card by its link instead: a checksum of
// the URL, with a count when one URL leads several cards. Notes still find their card after the
// editor reorders cards or rewrites a title; a card whose URL changed is reported as not found.

const encoder = new TextEncoder();

/** The key of each card, in reading order, given the cards' URLs in that order. */
export function reviewCardKeys(urls: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return urls.map((url) => {
    const base = `c${crc32(encoder.encode(url.trim())).toString(36)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}
