import { CURRENT_ISSUE_FORMAT, type IssueLinkVersion } from './link-formats.ts';
import { packLink, unpackLink } from './link-payload.ts';

/** The largest issue a link may unpack to; the corpus's largest issue is 15 KB. */
export const MAX_SHARED_MARKDOWN_BYTES = 2 * 1024 * 1024;

export type ShareLinkResult = { ok: true; markdown: string } | { ok: false; message: string };

/**
 * The URL fragment (without "#") that carries the issue's markdown, in the current format.
 * NUL and other control characters that are not whitespace travel as U+FFFD.
 */
export function encodeShareLink(markdown: string): string {
  return packLink(CURRENT_ISSUE_FORMAT, markdown);
}

/** As {@link encodeShareLink}, in a chosen format: for comparisons and for tests of old links. */
export function encodeShareLinkAs(markdown: string, version: IssueLinkVersion): string {
  return packLink(version, markdown);
}

/**
 * The markdown carried by a share-link fragment (with or without the leading "#"), or a message
 * for the reader when the link is damaged, cut off, hostile or of another kind. Never throws.
 */
export function decodeShareLink(fragment: string): ShareLinkResult {
  const result = unpackLink(fragment, 'issue', MAX_SHARED_MARKDOWN_BYTES);
  return result.ok ? { ok: true, markdown: result.text } : result;
}
