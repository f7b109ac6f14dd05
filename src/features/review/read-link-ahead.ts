import type { LoadDictionary } from '../../core/share/unpack-link';
import { loadShareDictionary } from './load-share-dictionary';
import { readLinkSource } from './read-link-source';
import type { ReviewSource } from './review-source';

// The reviewer's route reads the link in the address while the page's code arrives, and renders
// the page once it is read (routes.tsx): the page's first render shows the issue, with no
// render of a loading state before it and no read started only once the page has mounted. The
// page uses that read (linkReadAhead) when it is for its own address and dictionary: the same
// link always reads the same, so the read is kept for a return to that address.

interface Ahead {
  hash: string;
  loadDictionary: LoadDictionary;
  source?: ReviewSource;
}
let ahead: Ahead | undefined;

/** Reads the link in `hash`, resolving once it is read; never rejects. */
export async function readLinkAhead(
  hash: string,
  loadDictionary: LoadDictionary = loadShareDictionary,
): Promise<void> {
  if (hash.replace(/^#/, '').trim() === '') return;
  const started: Ahead = { hash, loadDictionary };
  ahead = started;
  started.source = await readLinkSource(hash, loadDictionary);
}

/** What the read ahead found for `hash`; undefined when none has finished for it. */
export function linkReadAhead(
  hash: string,
  loadDictionary: LoadDictionary,
): ReviewSource | undefined {
  return ahead?.hash === hash && ahead.loadDictionary === loadDictionary ? ahead.source : undefined;
}
