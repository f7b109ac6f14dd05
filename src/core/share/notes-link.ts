import { CURRENT_NOTES_FORMAT } from './link-formats.ts';
import { packLink, unpackLink } from './link-payload.ts';
import { checkReviewNotes, type ReviewNotes } from './review-notes.ts';
import { invalidNotesMessage, SHARE_MESSAGES } from './share-messages.ts';

/** Notes are short: ids and a few sentences. Anything unpacking to more is refused. */
export const MAX_NOTES_JSON_BYTES = 1024 * 1024;

export type NotesLinkResult = { ok: true; notes: ReviewNotes } | { ok: false; message: string };

/**
 * The URL fragment (without "#") that carries reviewer notes back to the editor. Throws an
 * Error with a readable message if the notes break the schema (the UI caps lengths before).
 */
export function encodeNotesLink(notes: ReviewNotes): string {
  const checked = checkReviewNotes(notes);
  if (!checked.ok) throw new Error(invalidNotesMessage(checked.problem));
  const json = JSON.stringify(checked.notes);
  if (new TextEncoder().encode(json).length > MAX_NOTES_JSON_BYTES) {
    throw new Error(invalidNotesMessage('they are longer than a link can carry'));
  }
  return packLink(CURRENT_NOTES_FORMAT, json);
}

/**
 * The notes carried by a notes-link fragment, checked against the schema, or a message for the
 * editor when the link is damaged, hostile or of another kind. Never throws.
 */
export function decodeNotesLink(fragment: string): NotesLinkResult {
  const unpacked = unpackLink(fragment, 'notes', MAX_NOTES_JSON_BYTES);
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
