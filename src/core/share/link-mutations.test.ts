import { shareDictionaries } from '../../../test/helpers/share-dictionaries.ts';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNotesLink, encodeNotesLink } from './notes-link.ts';
import { SHARE_MESSAGES } from './share-messages.ts';
import { decodeShareLink, encodeShareLink, encodeShareLinkAs } from './share-link.ts';

// 10,000 damaged links: cut, changed, grown, relabelled or made up. Each must decode to a
// result, never an exception, and a refusal must be one of the reader-facing messages.

const CORPUS = new URL('../../../test/fixtures/eks-news/', import.meta.url);
const readIssue = (number: string): string => readFileSync(new URL(`${number}.md`, CORPUS), 'utf8');

const LINKS = [
  encodeShareLink(readIssue('001'), shareDictionaries),
  encodeShareLink(readIssue('071'), shareDictionaries),
  encodeShareLinkAs(readIssue('063'), '1', shareDictionaries),
  encodeNotesLink({
    issueSlug: '071',
    cards: [
      { id: 'mb1x2k9a1q', verdict: 'fine' },
      { id: 'mb1x2k9b2r', note: 'Typo in the title.' },
    ],
  }),
];

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ODD_CHARACTERS = ['.', '+', '/', '=', '%', '#', ' ', '\n', 'é', '\u0000', '\uD800', '😀'];
const someCharacter = fc.oneof(fc.constantFrom(...BASE64URL), fc.constantFrom(...ODD_CHARACTERS));
const VERSION_TAGS = ['', '1.', '2.', 'n1.', '3.', 'n2.', '.', '22.', 'v2.', '2..', '#2.'];

type Mutation = (link: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (at): Mutation =>
      (link) =>
        link.slice(0, at % (link.length + 1)),
  ),
  fc.tuple(fc.nat(), someCharacter).map(
    ([at, char]): Mutation =>
      (link) =>
        replaceAt(link, at % Math.max(1, link.length), char),
  ),
  fc.tuple(fc.nat(), fc.array(someCharacter, { minLength: 1, maxLength: 8 })).map(
    ([at, chars]): Mutation =>
      (link) =>
        insertAt(link, at % (link.length + 1), chars.join('')),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(
    ([at, count]): Mutation =>
      (link) =>
        removeAt(link, at % (link.length + 1), count),
  ),
  fc.constantFrom(...VERSION_TAGS).map(
    (tag): Mutation =>
      (link) =>
        tag + link.slice(link.indexOf('.') + 1),
  ),
  fc
    .tuple(
      fc.constantFrom(...VERSION_TAGS),
      fc.string({ unit: fc.constantFrom(...BASE64URL), maxLength: 400 }),
    )
    .map(
      ([tag, payload]): Mutation =>
        () =>
          tag + payload,
    ),
);

const damagedLink = fc
  .tuple(fc.constantFrom(...LINKS), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([link, mutations]) => mutations.reduce((current, mutate) => mutate(current), link));

const KNOWN_MESSAGES = new Set<string>(Object.values(SHARE_MESSAGES));

function isReaderMessage(message: string): boolean {
  return (
    KNOWN_MESSAGES.has(message) ||
    /^This link was made in a newer format \([a-z0-9]+\)/.test(message) ||
    message.startsWith('The reviewer notes in this link cannot be used: ')
  );
}

describe('damaged links', () => {
  it('decode to a result or a reader-facing message, 10,000 times', () => {
    fc.assert(
      fc.property(damagedLink, (fragment) => {
        const issue = decodeShareLink(fragment, shareDictionaries);
        if (issue.ok) expect(typeof issue.markdown).toBe('string');
        else expect(isReaderMessage(issue.message), issue.message).toBe(true);
        const notes = decodeNotesLink(fragment);
        if (!notes.ok) expect(isReaderMessage(notes.message), notes.message).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});

function replaceAt(text: string, at: number, char: string): string {
  return text.slice(0, at) + char + text.slice(at + 1);
}

function insertAt(text: string, at: number, chars: string): string {
  return text.slice(0, at) + chars + text.slice(at);
}

function removeAt(text: string, at: number, count: number): string {
  return text.slice(0, at) + text.slice(at + count);
}
