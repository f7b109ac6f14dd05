import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareDictionaries } from '../../../test/helpers/share-dictionaries.ts';
import { newId } from '../model/new-id.ts';
import { decodeNotesLink, encodeNotesLink } from './notes-link.ts';
import { packLink } from './link-payload.ts';
import { MAX_NOTE_CHARS, MAX_NOTED_CARDS, type ReviewNotes } from './review-notes.ts';
import { SHARE_MESSAGES } from './share-messages.ts';
import { encodeShareLink } from './share-link.ts';

const cardNote = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    verdict: fc.constant('fine' as const),
    note: fc.string({ unit: 'binary', maxLength: 300 }),
  },
  { requiredKeys: ['id'] },
);
const reviewNotes = fc.record({
  issueSlug: fc.stringMatching(/^[0-9]{3}$/),
  cards: fc.uniqueArray(cardNote, { selector: (card) => card.id, maxLength: 30 }),
});

/** A notes link around any JSON value, as a hostile sender could make it. */
const linkOf = (value: unknown): string => packLink('n1', JSON.stringify(value), {});

function problemOf(value: unknown): string {
  const result = decodeNotesLink(linkOf(value));
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

describe('notes link', () => {
  it('gives back any valid notes, exactly', () => {
    fc.assert(
      fc.property(reviewNotes, (notes) => {
        expect(decodeNotesLink(encodeNotesLink(notes))).toEqual({ ok: true, notes });
      }),
      { numRuns: 200 },
    );
  });

  it('carries ids made by newId and stays short', () => {
    const notes: ReviewNotes = {
      issueSlug: '079',
      cards: [
        { id: newId(), verdict: 'fine' },
        { id: newId(), note: 'The second bullet repeats the title.' },
        { id: newId('card-'), verdict: 'fine' },
      ],
    };
    const link = encodeNotesLink(notes);
    expect(link).toMatch(/^n1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(250);
    expect(decodeNotesLink(link)).toEqual({ ok: true, notes });
  });

  it('refuses to encode notes that break the schema', () => {
    expect(() => encodeNotesLink({ issueSlug: '', cards: [] })).toThrow(/issue slug/);
    const longNote = { id: 'a1', note: 'x'.repeat(MAX_NOTE_CHARS + 1) };
    expect(() => encodeNotesLink({ issueSlug: '079', cards: [longNote] })).toThrow(/longer than/);
  });

  it('refuses an issue link', () => {
    expect(decodeNotesLink(encodeShareLink('# An issue', shareDictionaries))).toEqual({
      ok: false,
      message: SHARE_MESSAGES.issueNotNotes,
    });
  });

  it('refuses JSON that does not parse', () => {
    expect(decodeNotesLink(packLink('n1', '{"issueSlug":', {}))).toEqual({
      ok: false,
      message: SHARE_MESSAGES.damaged,
    });
  });

  it.each([
    ['a non-object', [1, 2], /not a set of notes/],
    ['null', null, /not a set of notes/],
    ['unknown fields', { issueSlug: '079', cards: [], admin: true }, /unknown fields/],
    ['a missing slug', { cards: [] }, /issue slug/],
    ['a slug with markup', { issueSlug: '<img src=x>', cards: [] }, /issue slug/],
    ['cards that are not a list', { issueSlug: '079', cards: {} }, /list of cards/],
    ['a card id with markup', { issueSlug: '079', cards: [{ id: '"><script>' }] }, /card 1 .*id/],
    ['a card id too long', { issueSlug: '079', cards: [{ id: 'a'.repeat(65) }] }, /card 1 .*id/],
    ['an unknown verdict', { issueSlug: '079', cards: [{ id: 'a', verdict: 'bad' }] }, /verdict/],
    ['a note that is a number', { issueSlug: '079', cards: [{ id: 'a', note: 5 }] }, /not text/],
    ['a card with extra fields', { issueSlug: '079', cards: [{ id: 'a', html: '' }] }, /unknown/],
    [
      'a card listed twice',
      { issueSlug: '079', cards: [{ id: 'a' }, { id: 'a' }] },
      /card 2 repeats/,
    ],
    [
      'too many cards',
      {
        issueSlug: '079',
        cards: Array.from({ length: MAX_NOTED_CARDS + 1 }, (_, i) => ({ id: `c${i}` })),
      },
      /more than/,
    ],
  ])('refuses %s', (_name, value, problem) => {
    expect(problemOf(value)).toMatch(problem);
  });

  it('does not echo what the sender wrote into the message', () => {
    expect(problemOf({ issueSlug: '079', cards: [{ id: '<b>hi</b>' }] })).not.toContain('<b>');
  });

  it('keeps "__proto__" keys from reaching the notes', () => {
    const message = problemOf(JSON.parse('{"issueSlug":"079","cards":[],"__proto__":{"x":1}}'));
    expect(message).toMatch(/unknown fields/);
  });
});
