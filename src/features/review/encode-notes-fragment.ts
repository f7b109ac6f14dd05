import { sealLink } from '../../core/share/seal-link';
import { CURRENT_NOTES_FORMAT } from '../../core/share/link-formats';
import { notesLinkBytes } from '../../core/share/notes-link-text';
import type { ReviewNotes } from '../../core/share/review-notes';
import { storedDeflate } from './stored-deflate';

// The reviewer's notes link: core's envelope and notes check, with the browser's own deflate-raw
// (CompressionStream) or, where a browser lacks it, stored deflate blocks, which any inflater
// reads. The page so carries no deflater of its own. decodeNotesLink reads both.

export type RawDeflate = (bytes: Uint8Array) => Promise<Uint8Array>;

/** The notes-link fragment (without "#"); rejects with a readable message on invalid notes. */
export async function encodeNotesFragment(
  notes: ReviewNotes,
  deflate: RawDeflate = nativeOrStoredDeflate,
): Promise<string> {
  const bytes = notesLinkBytes(notes);
  return sealLink(CURRENT_NOTES_FORMAT, bytes, await deflate(bytes));
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
