import { unpackLinkAsync, type LoadDictionary } from '../../core/share/unpack-link';
import { inflateReviewPayload } from './inflate-review-payload';
import { reviewSourceOf, type ReviewSource } from './review-source';

/**
 * What the page shows for the link in `hash` (the address's fragment): the issue it carries,
 * read and rendered, or the message of why it cannot be opened. Never rejects.
 */
export async function readLinkSource(
  hash: string,
  loadDictionary: LoadDictionary,
): Promise<ReviewSource> {
  const result = await unpackLinkAsync(hash, 'issue', inflateReviewPayload, loadDictionary);
  return result.ok
    ? reviewSourceOf(result.text, 'link')
    : { status: 'error', message: result.message };
}
