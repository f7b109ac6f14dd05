import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNotesLink } from '../../core/share/notes-link';
import { MAX_NOTE_CHARS, type ReviewNotes } from '../../core/share/review-notes';
import { encodeNotesFragment, nativeOrStoredDeflate } from './encode-notes-fragment';
import { storedDeflate } from './stored-deflate';

const cardNote = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    verdict: fc.constant('fine' as const),
    note: fc.string({ maxLength: 300, unit: 'grapheme' }),
  },
  { requiredKeys: ['id'] },
);
const notes: fc.Arbitrary<ReviewNotes> = fc.record({
  issueSlug: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._~-]{0,20}$/),
  cards: fc.uniqueArray(cardNote, { selector: (card) => card.id, maxLength: 40 }),
});

const stored = (bytes: Uint8Array) => Promise.resolve(storedDeflate(bytes));

describe('encodeNotesFragment', () => {
  it('makes links the core decoder reads back, compressed or stored', async () => {
    await fc.assert(
      fc.asyncProperty(notes, async (value) => {
        for (const deflate of [nativeOrStoredDeflate, stored]) {
          const fragment = await encodeNotesFragment(value, deflate);
          expect(decodeNotesLink(fragment)).toEqual({ ok: true, notes: value });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('splits long notes into stored blocks of 65,535 bytes', async () => {
    const long: ReviewNotes = {
      issueSlug: '071',
      cards: Array.from({ length: 80 }, (_, i) => ({
        id: `c${i}`,
        note: 'x'.repeat(MAX_NOTE_CHARS),
      })),
    };
    const fragment = await encodeNotesFragment(long, stored);
    expect(decodeNotesLink(fragment)).toEqual({ ok: true, notes: long });
    expect(storedDeflate(new Uint8Array(0))).toEqual(new Uint8Array([1, 0, 0, 0xff, 0xff]));
  });

  it('refuses notes that break the schema with a readable message', async () => {
    const bad = { issueSlug: '071', cards: [{ id: 'has space' }] } as ReviewNotes;
    await expect(encodeNotesFragment(bad)).rejects.toThrow(/malformed card id/);
  });
});
