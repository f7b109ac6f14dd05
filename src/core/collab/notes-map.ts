import type * as Y from 'yjs';

/**
 * The one shared type of an issue's notes document: a map from a card's review key to the
 * reviewer's `{ note, fine, by, at }` for it. Each card's entry is replaced whole when it
 * changes, so the last reviewer to write about a card is the one whose words stand.
 */
export function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('notes');
}
