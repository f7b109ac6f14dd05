import type { InflateResult } from './inflate-capped.ts';
import { closeLink, failed, openLink, type LinkResult } from './link-envelope.ts';
import type { DictionaryName, LinkKind } from './link-formats.ts';
import { SHARE_MESSAGES } from './share-messages.ts';

// Reading a link: open the envelope, inflate with the platform's inflater against the format's
// dictionary, close the envelope. The two readers differ only in waiting: the CLI and the editor
// inflate at once (unpackLink, link-payload.ts), the reviewer page with the browser's own
// inflater and a dictionary it fetches (below). Neither throws: every failure is a message.

/** Inflates raw deflate data, stopping past `maxBytes`. Must not throw. */
export type InflateLink = (
  deflated: Uint8Array,
  dictionary: Uint8Array | undefined,
  maxBytes: number,
) => InflateResult;

/** As {@link InflateLink}, answering later. Must not reject. */
export type InflateLinkAsync = (...args: Parameters<InflateLink>) => Promise<InflateResult>;

/** Loads a dictionary by name, its bytes checked; rejects when it cannot. */
export type LoadDictionary = (name: DictionaryName) => Promise<Uint8Array>;

/**
 * The text of a link of the given kind, or a message for the reader: the reviewer page's reader,
 * with an asynchronous inflater and a dictionary loaded on demand. Never rejects. The same steps,
 * with an inflater that answers at once, are unpackLink of link-payload.ts.
 */
export async function unpackLinkAsync(
  fragment: unknown,
  kind: LinkKind,
  inflate: InflateLinkAsync,
  loadDictionary: LoadDictionary,
): Promise<LinkResult> {
  try {
    const opened = openLink(fragment, kind);
    if (!opened.ok) return opened;
    const name = opened.format.dictionary;
    const dictionary = name && (await loadDictionary(name).catch(() => undefined));
    if (name && !dictionary) return failed(SHARE_MESSAGES.dictionaryUnavailable);
    return closeLink(
      opened,
      await inflate(opened.deflated, dictionary || undefined, opened.maxBytes),
    );
  } catch {
    return failed(SHARE_MESSAGES.damaged);
  }
}
