import { encodeBase64Url } from '../../core/share/base64url';
import { crc32 } from '../../core/share/crc32';
import { checkReviewNotes, type ReviewNotes } from '../../core/share/review-notes';
import { invalidNotesMessage } from '../../core/share/share-messages';
import { REVIEW_MAX_NOTES_JSON_BYTES, REVIEW_NOTES_FORMAT } from './review-link-formats';
import { storedDeflate } from './stored-deflate';

// encodeNotesLink (src/core/share/notes-link.ts) without fflate's compressor: the browser's own
// deflate-raw (CompressionStream), or, where a browser lacks it, stored deflate blocks, which any
// inflater reads. The page then carries only fflate's inflater. decodeNotesLink reads both.

export type RawDeflate = (bytes: Uint8Array) => Promise<Uint8Array>;

/** The notes-link fragment (without "#"); rejects with a readable message on invalid notes. */
export async function encodeNotesFragment(
  notes: ReviewNotes,
  deflate: RawDeflate = nativeOrStoredDeflate,
): Promise<string> {
  const checked = checkReviewNotes(notes);
  if (!checked.ok) throw new Error(invalidNotesMessage(checked.problem));
  const bytes = new TextEncoder().encode(JSON.stringify(checked.notes));
  if (bytes.length > REVIEW_MAX_NOTES_JSON_BYTES) {
    throw new Error(invalidNotesMessage('they are longer than a link can carry'));
  }
  const compressed = await deflate(bytes);
  const payload = new Uint8Array(4 + compressed.length);
  new DataView(payload.buffer).setUint32(0, crc32(bytes));
  payload.set(compressed, 4);
  return `${REVIEW_NOTES_FORMAT}.${encodeBase64Url(payload)}`;
}

export const nativeOrStoredDeflate: RawDeflate = async (bytes) => {
  if (typeof CompressionStream !== 'function') return storedDeflate(bytes);
  try {
    const stream = new Blob([new Uint8Array(bytes)])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return storedDeflate(bytes);
  }
};
