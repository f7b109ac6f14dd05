import { shareDictionaries } from '../../../test/helpers/share-dictionaries.ts';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from './encode-base64url.ts';
import { packLink } from './link-payload.ts';
import { SHARE_MESSAGES } from './share-messages.ts';
import { decodeShareLink, encodeShareLink, encodeShareLinkAs } from './share-link.ts';

const CORPUS = new URL('../../../test/fixtures/eks-news/', import.meta.url);
const ISSUE_NUMBERS = Array.from({ length: 79 }, (_, n) => String(n).padStart(3, '0'));
const readIssue = (number: string): string => readFileSync(new URL(`${number}.md`, CORPUS), 'utf8');
const corpusLines = ISSUE_NUMBERS.slice(60).flatMap((number) => readIssue(number).split('\n'));

/** Lines of real issues mixed with arbitrary text, joined like a file. */
const corpusLikeMarkdown = fc
  .array(fc.oneof(fc.constantFrom(...corpusLines), fc.string({ unit: 'grapheme' })), {
    maxLength: 80,
  })
  .map((lines) => lines.join('\n'));

/** Printable text plus the whitespace controls a link keeps. */
const textWithWhitespace = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.constantFrom('\t', '\n', '\r', '\v', '\f'),
  ),
});

/** What a link gives back for a string: control characters other than whitespace become U+FFFD. */
function expectedText(text: string): string {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    const control = (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f;
    return control ? '\uFFFD' : char;
  }).join('');
}

describe('share link identity', () => {
  it('gives back any text it carries', () => {
    fc.assert(
      fc.property(fc.oneof(textWithWhitespace, corpusLikeMarkdown), (markdown) => {
        expect(
          decodeShareLink(encodeShareLink(markdown, shareDictionaries), shareDictionaries),
        ).toEqual({ ok: true, markdown });
      }),
      { numRuns: 300 },
    );
  });

  it('carries any code points, with non-whitespace controls as U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(
          decodeShareLink(encodeShareLink(text, shareDictionaries), shareDictionaries),
        ).toEqual({
          ok: true,
          markdown: expectedText(text),
        });
      }),
      { numRuns: 300 },
    );
  });

  it.each(ISSUE_NUMBERS)('round-trips corpus issue %s in both formats', (number) => {
    const markdown = readIssue(number);
    expect(
      decodeShareLink(encodeShareLink(markdown, shareDictionaries), shareDictionaries),
    ).toEqual({ ok: true, markdown });
    expect(
      decodeShareLink(encodeShareLinkAs(markdown, '1', shareDictionaries), shareDictionaries),
    ).toEqual({ ok: true, markdown });
  });

  it.each(ISSUE_NUMBERS)('keeps the link of corpus issue %s within 8,000 characters', (number) => {
    expect(encodeShareLink(readIssue(number), shareDictionaries).length).toBeLessThanOrEqual(8000);
  });
});

describe('share link format', () => {
  const markdown = readIssue('075');

  it('starts with the version and uses only URL-safe characters', () => {
    expect(encodeShareLink(markdown, shareDictionaries)).toMatch(/^2\.[A-Za-z0-9_-]+$/);
    expect(encodeShareLinkAs(markdown, '1', shareDictionaries)).toMatch(/^1\.[A-Za-z0-9_-]+$/);
  });

  it('is shorter with the corpus dictionary than without', () => {
    expect(encodeShareLink(markdown, shareDictionaries).length).toBeLessThan(
      encodeShareLinkAs(markdown, '1', shareDictionaries).length * 0.85,
    );
  });

  it('accepts a leading "#" and whitespace from wrapped mail', () => {
    const link = encodeShareLink(markdown, shareDictionaries);
    const wrapped = `#${link.slice(0, 70)}\n  ${link.slice(70, 140)}\r\n${link.slice(140)} `;
    expect(decodeShareLink(wrapped, shareDictionaries)).toEqual({ ok: true, markdown });
  });
});

describe('broken and hostile share links', () => {
  const link = encodeShareLink(readIssue('071'), shareDictionaries);
  const payload = link.slice(2);

  it.each([
    ['an empty fragment', '', SHARE_MESSAGES.empty],
    ['a lone "#"', '#', SHARE_MESSAGES.empty],
    ['text without a version', 'hello', SHARE_MESSAGES.notALink],
    ['a version that is not a tag', `<script>.${payload}`, SHARE_MESSAGES.notALink],
    ['a version with no payload', '2.', SHARE_MESSAGES.truncated],
    ['a link cut short', link.slice(0, 200), SHARE_MESSAGES.truncated],
    [
      'a link cut to a length base64 never has',
      link.slice(0, 2 + 4 * 30 + 1),
      SHARE_MESSAGES.truncated,
    ],
    [
      'standard base64 characters',
      `2.${payload.slice(0, 40)}+/${payload.slice(42)}`,
      SHARE_MESSAGES.badCharacters,
    ],
    [
      'a percent-encoded character',
      `2.${payload.slice(0, 40)}%2${payload.slice(43)}`,
      SHARE_MESSAGES.badCharacters,
    ],
    ['a dictionary link labelled as plain', `1.${payload}`, SHARE_MESSAGES.damaged],
    [
      'a notes link',
      packLink('n1', '{"issueSlug":"071","cards":[]}', shareDictionaries),
      SHARE_MESSAGES.notesNotIssue,
    ],
    ['a fragment longer than any link', `2.${'A'.repeat(5_000_000)}`, SHARE_MESSAGES.tooLong],
  ])('refuses %s', (_name, fragment, message) => {
    expect(decodeShareLink(fragment, shareDictionaries)).toEqual({ ok: false, message });
  });

  it('names an unknown format without opening it', () => {
    const result = decodeShareLink(`7.${payload}`, shareDictionaries);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('newer format (7)');
  });

  it('refuses a changed character in the middle', () => {
    const at = 2 + Math.floor(payload.length / 2);
    const changed = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    expect(decodeShareLink(changed, shareDictionaries).ok).toBe(false);
  });

  it('refuses a small link that unpacks past the size cap', () => {
    const bomb = deflateSync(new Uint8Array(3 * 1024 * 1024), { level: 9 });
    const fragment = `1.${encodeBase64Url(new Uint8Array([0, 0, 0, 0, ...bomb]))}`;
    expect(fragment.length).toBeLessThan(5000);
    expect(decodeShareLink(fragment, shareDictionaries)).toEqual({
      ok: false,
      message: SHARE_MESSAGES.tooLarge,
    });
  });

  it('refuses a well-formed link that carries NUL bytes', () => {
    expect(
      decodeShareLink(linkCarrying(new Uint8Array([0x2b, 0x00, 0x2b])), shareDictionaries),
    ).toEqual({
      ok: false,
      message: SHARE_MESSAGES.notText,
    });
  });

  it('refuses a well-formed link that carries invalid UTF-8', () => {
    expect(
      decodeShareLink(linkCarrying(new Uint8Array([0x61, 0xff, 0xfe])), shareDictionaries),
    ).toEqual({
      ok: false,
      message: SHARE_MESSAGES.notText,
    });
  });
});

/** A plain-format link around arbitrary bytes, with a correct checksum. */
function linkCarrying(bytes: Uint8Array): string {
  const payload = new Uint8Array([0, 0, 0, 0, ...deflateSync(bytes)]);
  new DataView(payload.buffer).setUint32(0, crc32Of(bytes));
  return `1.${encodeBase64Url(payload)}`;
}

function crc32Of(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
