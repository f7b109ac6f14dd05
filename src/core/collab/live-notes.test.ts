import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { InputError } from '../errors';
import { MAX_NOTE_CHARS } from '../share/review-notes';
import { notesMap } from './notes-map';
import { MAX_REVIEWER_NAME_CHARS, readLiveNotes } from './read-live-notes';
import { writeLiveNote } from './write-live-note';

describe('reviewer notes in a notes document', () => {
  it('are read back as written, one entry per card', () => {
    const doc = new Y.Doc();
    writeLiveNote(doc, { key: 'c1abc', note: 'Typo in the title', fine: false, by: 'Rita' }, 10);
    writeLiveNote(doc, { key: 'c2def', note: '', fine: true, by: 'Rita' }, 20);
    writeLiveNote(doc, { key: 'c1abc', note: 'Typo fixed?', fine: true, by: 'Sam' }, 30);
    expect(readLiveNotes(doc)).toEqual([
      { key: 'c1abc', note: 'Typo fixed?', fine: true, by: 'Sam', at: 30 },
      { key: 'c2def', note: '', fine: true, by: 'Rita', at: 20 },
    ]);
  });

  it('travel to another copy of the document', () => {
    const [here, there] = [new Y.Doc(), new Y.Doc()];
    writeLiveNote(here, { key: 'c9', note: 'Source?', fine: false, by: 'Rita' }, 5);
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    expect(readLiveNotes(there)).toEqual(readLiveNotes(here));
    expect(readLiveNotes(there)).toHaveLength(1);
  });

  it('drop a card unmarked and emptied', () => {
    const doc = new Y.Doc();
    writeLiveNote(doc, { key: 'c1', note: 'x', fine: true, by: 'Rita' }, 1);
    writeLiveNote(doc, { key: 'c1', note: '  ', fine: false, by: 'Rita' }, 2);
    expect(notesMap(doc).size).toBe(0);
    expect(readLiveNotes(doc)).toEqual([]);
  });

  it('cut a note and a name to their limits', () => {
    const doc = new Y.Doc();
    const long = {
      key: 'c1',
      note: 'n'.repeat(MAX_NOTE_CHARS + 5),
      fine: false,
      by: 'b'.repeat(99),
    };
    writeLiveNote(doc, long, 1);
    const [read] = readLiveNotes(doc);
    expect(read?.note).toHaveLength(MAX_NOTE_CHARS);
    expect(read?.by).toHaveLength(MAX_REVIEWER_NAME_CHARS);
  });

  it('refuse to write under a key that is not a card key', () => {
    const doc = new Y.Doc();
    const note = { key: '../x', note: 'x', fine: false, by: 'Rita' };
    expect(() => writeLiveNote(doc, note, 1)).toThrow(InputError);
  });

  it('leave out what a hostile browser wrote in another shape', () => {
    const doc = new Y.Doc();
    const map = notesMap(doc);
    map.set('c1', { note: 'kept', fine: false, by: '', at: 1 });
    map.set('bad key!', { note: 'x', fine: false, by: 'Eve', at: 1 });
    map.set('c2', 'just text');
    map.set('c3', { note: 42, fine: false, by: 'Eve', at: 1 });
    map.set('c4', { note: 'x', fine: 'yes', by: 'Eve', at: 1 });
    map.set('c5', { note: 'x', fine: false, by: 'Eve', at: Number.NaN });
    map.set('c6', { note: 'x', fine: false, by: { name: 'Eve' }, at: 1 });
    map.set('c7', null);
    map.set('c8', new Y.Map());
    expect(readLiveNotes(doc)).toEqual([
      { key: 'c1', note: 'kept', fine: false, by: 'A reviewer', at: 1 },
    ]);
  });
});
