import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from './import-issue';
import { exportIssue } from './export-issue';
import { inlineToMarkdown, readsBackAs } from './inline-to-markdown';
import { addCard, createCard } from '../model/ops/card-ops';
import { allCards } from '../model/ops/locate';
import { plainText } from '../model/rich-text';
import type { Mark } from '../model/types';
import { parseMarkdown } from './parse-markdown';
import { inlineFromTokens } from './inline-from-tokens';

const special = '[]*_\\`<>&#()!{}%~|-+.=:;"\'/ ';
const textChar = fc.constantFrom(...(special + 'abcXYZ019é—').split(''));
/** Titles as an editor types them: no leading or trailing space, no line breaks. */
const title = fc
  .array(textChar, { minLength: 1, maxLength: 30 })
  .map((chars) => chars.join('').trim())
  .filter((t) => t !== '');
const urlTail = fc.array(fc.constantFrom(...'abc019()_-.~*[]&#=? %'.split('')), { maxLength: 25 });
const url = urlTail.map((chars) => `https://example.com/${chars.join('')}`);

const base = importIssue(readCorpus('070.md'));
const section = base.sections[0];

describe('escaping: what the editor holds survives export then import', () => {
  it('card titles, tags and URLs', () => {
    fc.assert(
      fc.property(title, url, fc.option(title, { nil: undefined }), title, (t, u, tag, bullet) => {
        const card = createCard(base, { title: t, url: u, tag, bullets: [bullet] });
        const text = exportIssue(addCard(base, section?.id ?? '', card));
        const found = allCards(importIssue(text)).map((c) => c.card);
        const last = found.find((c) => c.url === u && c.title === t);
        expect(last, text.slice(-400)).toBeDefined();
        expect(last?.tag).toBe(tag);
        expect(plainText(last?.bullets[0]?.content ?? [])).toBe(bullet);
      }),
      { numRuns: 300 },
    );
  });

  it('rich text keeps its text always, and its marks when they sit on word boundaries', () => {
    const mark: fc.Arbitrary<Mark[]> = fc.constantFrom<Mark[]>(
      [],
      [{ type: 'bold' }],
      [{ type: 'italic' }],
      [{ type: 'code' }],
      [{ type: 'link', href: 'https://example.com/x' }],
    );
    const run = fc.record({ kind: fc.constant('text' as const), text: title, marks: mark });
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), (runs) => {
        const markdown = inlineToMarkdown(runs);
        const [open, inline] = parseMarkdown(markdown);
        expect(open?.type).toBe('paragraph_open');
        expect(plainText(inlineFromTokens(inline?.children ?? []))).toBe(plainText(runs));
      }),
      { numRuns: 300 },
    );
    const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    const wordRun = fc.record({ kind: fc.constant('text' as const), text: word, marks: mark });
    fc.assert(
      fc.property(fc.array(wordRun, { minLength: 1, maxLength: 4 }), (words) => {
        const runs = words.flatMap((w, i) =>
          i === 0 ? [w] : [{ kind: 'text' as const, text: ' ' }, w],
        );
        const markdown = inlineToMarkdown(runs);
        expect(readsBackAs(markdown, runs), markdown).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('spaces at the edges of emphasis', () => {
  it('are written outside the delimiters, and only paragraph edges are referenced', () => {
    const markdown = inlineToMarkdown([
      { kind: 'text', text: ' lead ' },
      { kind: 'text', text: 'bold ', marks: [{ type: 'bold' }] },
      { kind: 'text', text: 'end ' },
    ]);
    expect(markdown).toBe('&#32;lead **bold** end&#32;');
  });
});

describe('escaping of known troublemakers', () => {
  it.each([
    ['# not a heading'],
    ['- not a list'],
    ['1. not a list'],
    ['{{< eo >}} is not a shortcode'],
    ['a <b>bold</b> claim & &amp; entity'],
    ['*stars* and _underscores_ and `ticks`'],
    ['[brackets](not-a-link)'],
  ])('%s', (text) => {
    const markdown = inlineToMarkdown([{ kind: 'text', text }]);
    expect(readsBackAs(markdown, [{ kind: 'text', text }])).toBe(true);
    expect(markdown).not.toContain('{{<');
  });
});
