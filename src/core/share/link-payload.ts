import { deflateSync } from 'fflate';
import { bytesOfText } from './bytes-of-text.ts';
import { inflateCapped } from './inflate-capped.ts';
import { closeLink, failed, openLink, type LinkResult } from './link-envelope.ts';
import { findLinkFormat, type LinkKind } from './link-formats.ts';
import { sealLink } from './seal-link.ts';
import type { ShareDictionaries } from './share-dictionaries.ts';
import { SHARE_MESSAGES } from './share-messages.ts';
import type { InflateLink } from './unpack-link.ts';

// The envelope with core's own deflater and capped inflater (fflate): the synchronous codec of
// the CLI, the bench and the editor. The dictionaries come from the caller. The reviewer page
// reads links with unpackLinkAsync (unpack-link.ts): the same steps, waiting for its inflater.

/** Packs text into a link fragment of the given format (the tag must be a known format). */
export function packLink(tag: string, text: string, dictionaries: ShareDictionaries): string {
  const format = findLinkFormat(tag);
  if (!format) throw new Error(`Unknown share link format: ${tag}`);
  const dictionary = format.dictionary && dictionaries[format.dictionary];
  if (format.dictionary && !dictionary) {
    throw new Error(`The share dictionary ${format.dictionary} is not loaded.`);
  }
  const bytes = bytesOfText(text);
  return sealLink(
    format.tag,
    bytes,
    deflateSync(bytes, { level: 9, dictionary: dictionary || undefined }),
  );
}

/** Core's capped inflater, in the shape {@link unpackLink} takes. */
export const inflateWithFflate: InflateLink = (deflated, dictionary, maxBytes) =>
  inflateCapped(deflated, { maxBytes, dictionary });

/** The text of a link of the given kind, or a message for the reader. */
export function unpackLink(
  fragment: unknown,
  kind: LinkKind,
  inflate: InflateLink,
  dictionaries: ShareDictionaries,
): LinkResult {
  try {
    const opened = openLink(fragment, kind);
    if (!opened.ok) return opened;
    const name = opened.format.dictionary;
    const dictionary = name && dictionaries[name];
    if (name && !dictionary) return failed(SHARE_MESSAGES.dictionaryUnavailable);
    return closeLink(opened, inflate(opened.deflated, dictionary || undefined, opened.maxBytes));
  } catch {
    // Nothing above is expected to throw; this keeps the promise if a dependency ever does.
    return failed(SHARE_MESSAGES.damaged);
  }
}
