import { deflateSync } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { crc32 } from './crc32.ts';
import { inflateCapped, type InflateFailure } from './inflate-capped.ts';
import { findLinkFormat, type LinkFormat, type LinkKind } from './link-formats.ts';
import { SHARE_MESSAGES, unknownFormatMessage } from './share-messages.ts';
import { bytesOfText, textFromBytes } from './share-text.ts';

// The layout shared by every format: "<tag>.<payload>", the payload being base64url of the
// CRC-32 of the text's UTF-8 bytes (4 bytes, big-endian) followed by the raw deflate stream.
// The checksum costs 6 characters and turns a damaged link into a message instead of an issue
// with a silently changed word or URL.

export type LinkResult = { ok: true; text: string } | { ok: false; message: string };

const CHECKSUM_BYTES = 4;
/** Longer fragments are refused before any work: no share link comes near this. */
export const MAX_FRAGMENT_CHARS = 4 * 1024 * 1024;

/** Packs text into a link fragment of the given format (the tag must be a known format). */
export function packLink(tag: string, text: string): string {
  const format = findLinkFormat(tag);
  if (!format) throw new Error(`Unknown share link format: ${tag}`);
  const bytes = bytesOfText(text);
  const compressed = deflateSync(bytes, { level: 9, dictionary: format.dictionary?.() });
  const payload = new Uint8Array(CHECKSUM_BYTES + compressed.length);
  new DataView(payload.buffer).setUint32(0, crc32(bytes));
  payload.set(compressed, CHECKSUM_BYTES);
  return `${format.tag}.${encodeBase64Url(payload)}`;
}

/** Unpacks a fragment of the expected kind; never throws. */
export function unpackLink(fragment: unknown, kind: LinkKind, maxBytes: number): LinkResult {
  try {
    const located = locate(fragment, kind);
    if ('message' in located) return located;
    return unpackPayload(located.format, located.payload, maxBytes);
  } catch {
    // Nothing above is expected to throw; this keeps the promise if a dependency ever does.
    return fail(SHARE_MESSAGES.damaged);
  }
}

type Located = { format: LinkFormat; payload: string } | { ok: false; message: string };

function locate(fragment: unknown, kind: LinkKind): Located {
  if (typeof fragment !== 'string') return fail(SHARE_MESSAGES.notALink);
  if (fragment.length > MAX_FRAGMENT_CHARS) return fail(SHARE_MESSAGES.tooLong);
  // Mail clients wrap long links and people paste location.hash: both are repaired here.
  const clean = fragment.replace(/\s+/g, '').replace(/^#/, '');
  if (clean === '') return fail(SHARE_MESSAGES.empty);
  const dot = clean.indexOf('.');
  if (dot < 0) return fail(SHARE_MESSAGES.notALink);
  const tag = clean.slice(0, dot);
  const format = findLinkFormat(tag);
  if (!format) {
    const looksLikeTag = /^[a-z]{0,3}[0-9]{1,4}$/.test(tag);
    return fail(looksLikeTag ? unknownFormatMessage(tag) : SHARE_MESSAGES.notALink);
  }
  if (format.kind !== kind) {
    return fail(kind === 'issue' ? SHARE_MESSAGES.notesNotIssue : SHARE_MESSAGES.issueNotNotes);
  }
  return { format, payload: clean.slice(dot + 1) };
}

function unpackPayload(format: LinkFormat, payload: string, maxBytes: number): LinkResult {
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return fail(SHARE_MESSAGES.badCharacters);
  const bytes = decodeBase64Url(payload);
  // The only other reason to refuse is a length of 4n + 1: a link cut short.
  if (!bytes) return fail(SHARE_MESSAGES.truncated);
  // Even an empty text deflates to 2 bytes.
  if (bytes.length < CHECKSUM_BYTES + 2) return fail(SHARE_MESSAGES.truncated);
  const inflated = inflateCapped(bytes.subarray(CHECKSUM_BYTES), {
    maxBytes,
    dictionary: format.dictionary?.(),
  });
  if (!inflated.ok) return fail(INFLATE_MESSAGES[inflated.reason]);
  const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  if (crc32(inflated.bytes) !== expected) return fail(SHARE_MESSAGES.damaged);
  const text = textFromBytes(inflated.bytes);
  return text === undefined ? fail(SHARE_MESSAGES.notText) : { ok: true, text };
}

const INFLATE_MESSAGES: Record<InflateFailure, string> = {
  'too-large': SHARE_MESSAGES.tooLarge,
  truncated: SHARE_MESSAGES.truncated,
  corrupt: SHARE_MESSAGES.damaged,
};

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}
