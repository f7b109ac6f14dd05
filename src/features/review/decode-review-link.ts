import { decodeBase64Url } from '../../core/share/base64url';
import { crc32 } from '../../core/share/crc32';
import type { InflateFailure } from '../../core/share/inflate-capped';
import { SHARE_MESSAGES, unknownFormatMessage } from '../../core/share/share-messages';
import { textFromBytes } from '../../core/share/share-text';
import { inflateReviewPayload } from './inflate-review-payload';
import {
  REVIEW_LINK_FORMATS,
  REVIEW_MAX_FRAGMENT_CHARS,
  REVIEW_MAX_MARKDOWN_BYTES,
  type ReviewLinkFormat,
} from './review-link-formats';

// decodeShareLink (src/core/share/share-link.ts) for the reviewer's page: the same layout,
// checks and messages, but the dictionary arrives through `loadDictionary` (a fetched file)
// rather than as code, and the browser's own inflater does the work where it can (see
// inflate-review-payload.ts). Tests check that both decoders agree on good, damaged and hostile
// links.

export type ReviewLinkResult = { ok: true; markdown: string } | { ok: false; message: string };

/** Loads a dictionary by name; rejects when it cannot. */
export type DictionaryLoader = (
  name: NonNullable<ReviewLinkFormat['dictionary']>,
) => Promise<Uint8Array>;

export const DICTIONARY_UNAVAILABLE =
  'This page could not load what it needs to read this link. Check your connection and reload the page.';

const CHECKSUM_BYTES = 4;

/** The markdown in an issue link's fragment, or a message for the reader. Never rejects. */
export async function decodeReviewLink(
  fragment: string,
  loadDictionary: DictionaryLoader,
): Promise<ReviewLinkResult> {
  try {
    const located = locate(fragment);
    if ('message' in located) return located;
    const { format, payload } = located;
    if (!/^[A-Za-z0-9_-]*$/.test(payload)) return fail(SHARE_MESSAGES.badCharacters);
    const bytes = decodeBase64Url(payload);
    if (!bytes || bytes.length < CHECKSUM_BYTES + 2) return fail(SHARE_MESSAGES.truncated);
    let dictionary: Uint8Array | undefined;
    if (format.dictionary) {
      dictionary = await loadDictionary(format.dictionary).catch(() => undefined);
      if (!dictionary) return fail(DICTIONARY_UNAVAILABLE);
    }
    return await unpack(bytes, dictionary);
  } catch {
    return fail(SHARE_MESSAGES.damaged);
  }
}

type Located = { format: ReviewLinkFormat; payload: string } | { ok: false; message: string };

function locate(fragment: string): Located {
  if (typeof fragment !== 'string') return fail(SHARE_MESSAGES.notALink);
  if (fragment.length > REVIEW_MAX_FRAGMENT_CHARS) return fail(SHARE_MESSAGES.tooLong);
  const clean = fragment.replace(/\s+/g, '').replace(/^#/, '');
  if (clean === '') return fail(SHARE_MESSAGES.empty);
  const dot = clean.indexOf('.');
  if (dot < 0) return fail(SHARE_MESSAGES.notALink);
  const tag = clean.slice(0, dot);
  const format = REVIEW_LINK_FORMATS.find((known) => known.tag === tag);
  if (!format) {
    const looksLikeTag = /^[a-z]{0,3}[0-9]{1,4}$/.test(tag);
    return fail(looksLikeTag ? unknownFormatMessage(tag) : SHARE_MESSAGES.notALink);
  }
  if (format.kind !== 'issue') return fail(SHARE_MESSAGES.notesNotIssue);
  return { format, payload: clean.slice(dot + 1) };
}

async function unpack(
  bytes: Uint8Array,
  dictionary: Uint8Array | undefined,
): Promise<ReviewLinkResult> {
  const inflated = await inflateReviewPayload(
    bytes.subarray(CHECKSUM_BYTES),
    dictionary,
    REVIEW_MAX_MARKDOWN_BYTES,
  );
  if (!inflated.ok) return fail(INFLATE_MESSAGES[inflated.reason]);
  const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  if (crc32(inflated.bytes) !== expected) return fail(SHARE_MESSAGES.damaged);
  const text = textFromBytes(inflated.bytes);
  return text === undefined ? fail(SHARE_MESSAGES.notText) : { ok: true, markdown: text };
}

const INFLATE_MESSAGES: Record<InflateFailure, string> = {
  'too-large': SHARE_MESSAGES.tooLarge,
  truncated: SHARE_MESSAGES.truncated,
  corrupt: SHARE_MESSAGES.damaged,
};

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
