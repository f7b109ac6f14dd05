import { assertTextInput } from './assert-text-input';
import { toCandidate, type Candidate, type CandidateOptions } from './candidate';
import { blockItems } from './block-items';
import { itemParts } from './item-parts';
import { numberedItems } from './numbered-items';

/**
 * Splits pasted text (a feed page, a reader's list, an email digest) into candidates. A page
 * whose items form a numbered list is split by its numbers and the page around them is left
 * out; other text is split into paragraphs. Each item's title, link, source and excerpt are
 * recognised where present; "View the full article"-like trailers are dropped. Throws an
 * InputError for an empty paste or binary data; text without items gives an empty list.
 */
export function splitFeedText(text: string, options: CandidateOptions = {}): Candidate[] {
  assertTextInput(text);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const items = numberedItems(lines) ?? blockItems(lines);
  const now = options.now ?? Date.now();
  return items
    .map(itemParts)
    .filter((parts) => parts.excerpt !== '' || parts.title !== undefined || parts.url !== undefined)
    .map((parts) => toCandidate(parts, now));
}
