import { bytesOfText } from './bytes-of-text.ts';
import { MAX_NOTES_JSON_BYTES, type LinkResult } from './link-envelope.ts';
import { checkReviewNotes, type ReviewNotes } from './review-notes.ts';
import { SHARE_MESSAGES } from './share-messages.ts';

// What a notes link carries: the notes as JSON, checked against the schema on the way in and on
// the way out. Kept apart from any deflater, so the reviewer page writes notes links with the
// browser's own (notes-link.ts does it with core's).

export type NotesLinkResult = { ok: true; notes: ReviewNotes } | { ok: false; message: string };

/**
 * The bytes a notes link carries. Throws an Error with a readable message if the notes break
 * the schema (the UI caps lengths before) or are longer than a link can carry.
 */
export function notesLinkBytes(notes: ReviewNotes): Uint8Array {
  const checked = checkReviewNotes(notes);
  if (!checked.ok) throw new Error(invalidNotesMessage(checked.problem));
  const bytes = bytesOfText(JSON.stringify(checked.notes));
  if (bytes.length > MAX_NOTES_JSON_BYTES) {
    throw new Error(invalidNotesMessage('they are longer than a link can carry'));
  }
  return bytes;
}

/** The notes in a notes link's text, checked against the schema, or a message. */
export function notesFromLinkText(unpacked: LinkResult): NotesLinkResult {
  if (!unpacked.ok) return unpacked;
  let value: unknown;
  try {
    value = JSON.parse(unpacked.text);
  } catch {
    return { ok: false, message: SHARE_MESSAGES.damaged };
  }
  const checked = checkReviewNotes(value);
  return checked.ok
    ? { ok: true, notes: checked.notes }
    : { ok: false, message: invalidNotesMessage(checked.problem) };
}

function invalidNotesMessage(problem: string): string {
  return `The reviewer notes in this link cannot be used: ${problem}.`;
}
