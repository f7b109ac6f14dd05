import { CURRENT_ISSUE_FORMAT, type IssueLinkVersion } from './link-formats.ts';
import { inflateWithFflate, packLink, unpackLink } from './link-payload.ts';
import type { ShareDictionaries } from './share-dictionaries.ts';

// Issue links, encoded and decoded at once with core's fflate codec: the CLI, the bench and the
// editor's share button. The reviewer page reads the same envelope with the browser's inflater
// (unpackLinkAsync). The caller passes the dictionaries in (see share-dictionaries.ts).

export type ShareLinkResult = { ok: true; markdown: string } | { ok: false; message: string };

/**
 * The URL fragment (without "#") that carries the issue's markdown, in the current format.
 * NUL and other control characters that are not whitespace travel as U+FFFD.
 */
export function encodeShareLink(markdown: string, dictionaries: ShareDictionaries): string {
  return packLink(CURRENT_ISSUE_FORMAT, markdown, dictionaries);
}

/** As {@link encodeShareLink}, in a chosen format: for comparisons and for tests of old links. */
export function encodeShareLinkAs(
  markdown: string,
  version: IssueLinkVersion,
  dictionaries: ShareDictionaries,
): string {
  return packLink(version, markdown, dictionaries);
}

/**
 * The markdown carried by a share-link fragment (with or without the leading "#"), or a message
 * for the reader when the link is damaged, cut off, hostile or of another kind. Never throws.
 */
export function decodeShareLink(
  fragment: string,
  dictionaries: ShareDictionaries,
): ShareLinkResult {
  const result = unpackLink(fragment, 'issue', inflateWithFflate, dictionaries);
  return result.ok ? { ok: true, markdown: result.text } : result;
}
