import type * as Y from 'yjs';
import { CARD_ID_PATTERN, MAX_NOTE_CHARS } from '../share/review-notes';
import type { LiveReviewNote } from './live-review-note';
import { notesMap } from './notes-map';

/** Longest reviewer name kept, as for the names people give in a workspace. */
export const MAX_REVIEWER_NAME_CHARS = 60;

/**
 * The reviewers' notes a notes document holds, checked one by one: an entry with a malformed
 * key, or that is not `{ note, fine, by, at }` of the right types, is left out; a note longer
 * than the limit is cut to it; an entry neither fine nor noted is no note at all.
 */
export function readLiveNotes(doc: Y.Doc): LiveReviewNote[] {
  const notes: LiveReviewNote[] = [];
  notesMap(doc).forEach((value, key) => {
    const checked = checkedNote(key, value);
    if (checked) notes.push(checked);
  });
  return notes;
}

function checkedNote(key: string, value: unknown): LiveReviewNote | undefined {
  if (!CARD_ID_PATTERN.test(key) || typeof value !== 'object' || value === null) return undefined;
  const { note, fine, by, at } = value as Record<string, unknown>;
  if (typeof note !== 'string' || typeof fine !== 'boolean' || typeof by !== 'string') {
    return undefined;
  }
  if (typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  const text = note.slice(0, MAX_NOTE_CHARS);
  if (!fine && text.trim() === '') return undefined;
  const name = by.trim().slice(0, MAX_REVIEWER_NAME_CHARS) || 'A reviewer';
  return { key, note: text, fine, by: name, at };
}
