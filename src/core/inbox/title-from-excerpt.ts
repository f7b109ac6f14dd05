import { cutAtWord } from './cut-at-word';
import { skipLeadIn } from './lead-in';
import { splitSentences } from './sentences';

export const MAX_DERIVED_TITLE = 100;

/** A working title for an item that came without one: its first sentence, shortened. */
export function titleFromExcerpt(excerpt: string): string {
  const first = splitSentences(skipLeadIn(excerpt.replace(/\s+/g, ' ')), 1)[0] ?? '';
  return cutAtWord(first.replace(/[.:;,]$/, ''), MAX_DERIVED_TITLE);
}
