import { deflateSync } from 'fflate';
import { sealLink } from './seal-link.ts';
import { CURRENT_NOTES_FORMAT } from './link-formats.ts';
import { inflateWithFflate, unpackLink } from './link-payload.ts';
import { notesFromLinkText, notesLinkBytes, type NotesLinkResult } from './notes-link-text.ts';
import type { ReviewNotes } from './review-notes.ts';

// Notes links with core's fflate codec: the editor reads them; tests and the CLI write them.
// Notes formats use no dictionary.

/**
 * The URL fragment (without "#") that carries reviewer notes back to the editor. Throws an
 * Error with a readable message if the notes break the schema (the UI caps lengths before).
 */
export function encodeNotesLink(notes: ReviewNotes): string {
  const bytes = notesLinkBytes(notes);
  return sealLink(CURRENT_NOTES_FORMAT, bytes, deflateSync(bytes, { level: 9 }));
}

/**
 * The notes carried by a notes-link fragment, checked against the schema, or a message for the
 * editor when the link is damaged, hostile or of another kind. Never throws.
 */
export function decodeNotesLink(fragment: string): NotesLinkResult {
  return notesFromLinkText(unpackLink(fragment, 'notes', inflateWithFflate, {}));
}
