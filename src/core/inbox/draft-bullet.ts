import { cutAtWord } from './cut-at-word';
import { skipLeadIn } from './lead-in';
import { splitSentences } from './sentences';
import { stripTrailers } from './trailers';

export const MAX_BULLET = 280;

/**
 * A first summary bullet from an article excerpt: its first two sentences when they fit in 280
 * characters, else the first one, cut at a word boundary with an ellipsis only if it is longer.
 * A leading byline or "Introduction" label and a trailing "Read more" are left out. Plain text.
 */
export function draftBullet(excerpt: string): string {
  const text = skipLeadIn(stripTrailers(excerpt.replace(/\s+/g, ' ').trim()));
  const [first, second] = splitSentences(text, 2);
  if (first === undefined) return '';
  if (first.length > MAX_BULLET) return cutAtWord(first, MAX_BULLET);
  const both = second === undefined ? first : `${first} ${second}`;
  return both.length <= MAX_BULLET ? both : first;
}
