import type * as Y from 'yjs';
import { CARD_ID_PATTERN, MAX_NOTE_CHARS } from '../share/review-notes';
import { InputError } from '../errors';
import type { LiveReviewNote } from './live-review-note';
import { MAX_REVIEWER_NAME_CHARS } from './read-live-notes';
import { notesMap } from './notes-map';

/**
 * Writes a reviewer's note and "fine" mark on one card into the notes document, replacing what
 * was there for that card; a card neither fine nor noted any more is removed. Throws an
 * InputError for a key that is not a card's review key.
 */
export function writeLiveNote(doc: Y.Doc, note: Omit<LiveReviewNote, 'at'>, at: number): void {
  if (!CARD_ID_PATTERN.test(note.key)) throw new InputError(`"${note.key}" is not a card key`);
  const map = notesMap(doc);
  const text = note.note.slice(0, MAX_NOTE_CHARS);
  if (!note.fine && text.trim() === '') {
    if (map.has(note.key)) map.delete(note.key);
    return;
  }
  const by = note.by.trim().slice(0, MAX_REVIEWER_NAME_CHARS);
  map.set(note.key, { note: text, fine: note.fine, by, at });
}
