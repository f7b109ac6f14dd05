import { decodeBase64Url } from './base64url.ts';
import { crc32 } from './crc32.ts';
import type { InflateFailure, InflateResult } from './inflate-capped.ts';
import { findLinkFormat } from './link-formats.ts';
import type { LinkFormat, LinkKind } from './link-formats.ts';
import { SHARE_MESSAGES, unknownFormatMessage } from './share-messages.ts';
import { textFromBytes } from './share-text.ts';

// The envelope shared by every format: "<tag>.<payload>", the payload being base64url of the
// CRC-32 of the text's UTF-8 bytes (4 bytes, big-endian) followed by the raw deflate stream.
// The checksum costs 6 characters and turns a damaged link into a message instead of an issue
// with a silently changed word or URL. Opening and closing are plain functions with no inflater:
// the platform's (fflate in Node and the editor, the browser's own on the reviewer page) runs in
// between, so every reader applies the same checks and gives the same messages. seal-link.ts
// writes the envelope around what the platform's deflater made.

export type LinkFailure = { ok: false; message: string };
export type LinkResult = { ok: true; text: string } | LinkFailure;

/** A fragment whose envelope checked out: the deflate stream still has to be inflated. */
export interface OpenedLink {
  ok: true;
  format: LinkFormat;
  /** The CRC-32 the link carries for its text. */
  checksum: number;
  /** The raw deflate stream. */
  deflated: Uint8Array;
  /** Inflating must stop past this many bytes. */
  maxBytes: number;
}

/** Longer fragments are refused before any work: no share link comes near this. */
export const MAX_FRAGMENT_CHARS = 4 * 1024 * 1024;

/** The largest issue a link may unpack to; the corpus's largest issue is 15 KB. */
export const MAX_SHARED_MARKDOWN_BYTES = 2 * 1024 * 1024;

/** Notes are short: ids and a few sentences. Anything unpacking to more is refused. */
export const MAX_NOTES_JSON_BYTES = 1024 * 1024;

/** The most bytes a link of the kind may unpack to. */
export const MAX_TEXT_BYTES: Readonly<Record<LinkKind, number>> = {
  issue: MAX_SHARED_MARKDOWN_BYTES,
  notes: MAX_NOTES_JSON_BYTES,
};

/** The CRC-32 ahead of the deflate stream. */
export const CHECKSUM_BYTES = 4;

/**
 * Opens a fragment (with or without "#") of the expected kind: tag, kind, size, alphabet and
 * length are checked before anything is inflated. Never throws.
 */
export function openLink(fragment: unknown, kind: LinkKind): OpenedLink | LinkFailure {
  if (typeof fragment !== 'string') return failed(SHARE_MESSAGES.notALink);
  if (fragment.length > MAX_FRAGMENT_CHARS) return failed(SHARE_MESSAGES.tooLong);
  // Mail clients wrap long links and people paste location.hash: both are repaired here.
  const clean = fragment.replace(/\s+/g, '').replace(/^#/, '');
  if (clean === '') return failed(SHARE_MESSAGES.empty);
  const dot = clean.indexOf('.');
  if (dot < 0) return failed(SHARE_MESSAGES.notALink);
  const tag = clean.slice(0, dot);
  const format = findLinkFormat(tag);
  if (!format) {
    const looksLikeTag = /^[a-z]{0,3}[0-9]{1,4}$/.test(tag);
    return failed(looksLikeTag ? unknownFormatMessage(tag) : SHARE_MESSAGES.notALink);
  }
  if (format.kind !== kind) {
    return failed(kind === 'issue' ? SHARE_MESSAGES.notesNotIssue : SHARE_MESSAGES.issueNotNotes);
  }
  const payload = clean.slice(dot + 1);
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return failed(SHARE_MESSAGES.badCharacters);
  const bytes = decodeBase64Url(payload);
  // The only other reason to refuse is a length of 4n + 1: a link cut short. Even an empty text
  // deflates to 2 bytes.
  if (!bytes || bytes.length < CHECKSUM_BYTES + 2) return failed(SHARE_MESSAGES.truncated);
  return {
    ok: true,
    format,
    checksum: new DataView(bytes.buffer, bytes.byteOffset).getUint32(0),
    deflated: bytes.subarray(CHECKSUM_BYTES),
    maxBytes: MAX_TEXT_BYTES[kind],
  };
}

/** The text of an opened link once inflated: checksum and UTF-8 checked. Never throws. */
export function closeLink(opened: OpenedLink, inflated: InflateResult): LinkResult {
  if (!inflated.ok) return failed(INFLATE_MESSAGES[inflated.reason]);
  if (crc32(inflated.bytes) !== opened.checksum) return failed(SHARE_MESSAGES.damaged);
  const text = textFromBytes(inflated.bytes);
  return text === undefined ? failed(SHARE_MESSAGES.notText) : { ok: true, text };
}

const INFLATE_MESSAGES: Record<InflateFailure, string> = {
  'too-large': SHARE_MESSAGES.tooLarge,
  truncated: SHARE_MESSAGES.truncated,
  corrupt: SHARE_MESSAGES.damaged,
};

export function failed(message: string): LinkFailure {
  return { ok: false, message };
}
