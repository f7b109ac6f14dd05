import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { crc32 } from '../../core/share/crc32';
import { LINK_FORMATS } from '../../core/share/link-formats';
import { MAX_FRAGMENT_CHARS } from '../../core/share/link-payload';
import { encodeNotesLink } from '../../core/share/notes-link';
import { SHARE_DICTIONARY_V2 } from '../../core/share/share-dictionary-v2';
import {
  decodeShareLink,
  encodeShareLink,
  encodeShareLinkAs,
  MAX_SHARED_MARKDOWN_BYTES,
} from '../../core/share/share-link';
import { DICTIONARY_UNAVAILABLE, decodeReviewLink } from './decode-review-link';
import {
  DICTIONARY_V2_CHECK,
  REVIEW_LINK_FORMATS,
  REVIEW_MAX_FRAGMENT_CHARS,
  REVIEW_MAX_MARKDOWN_BYTES,
} from './review-link-formats';

const dictionary = new TextEncoder().encode(SHARE_DICTIONARY_V2);
const load = () => Promise.resolve(dictionary);

describe('the reviewer page decodes links as the core codec does', () => {
  it('mirrors the core formats and limits, and ships the same dictionary as a file', () => {
    expect(REVIEW_LINK_FORMATS).toEqual(
      LINK_FORMATS.map(({ tag, kind, dictionary: dict }) =>
        dict ? { tag, kind, dictionary: `v${tag}` } : { tag, kind },
      ),
    );
    expect(REVIEW_MAX_MARKDOWN_BYTES).toBe(MAX_SHARED_MARKDOWN_BYTES);
    expect(REVIEW_MAX_FRAGMENT_CHARS).toBe(MAX_FRAGMENT_CHARS);
    const file = readFileSync(new URL('./share-dictionary-v2.txt', import.meta.url));
    expect(file.equals(Buffer.from(dictionary))).toBe(true);
    expect(DICTIONARY_V2_CHECK).toEqual({ bytes: dictionary.length, crc32: crc32(dictionary) });
  });

  it('opens every corpus issue from its link, in both issue formats', async () => {
    for (const name of corpusFiles()) {
      const markdown = readCorpus(name);
      for (const fragment of [encodeShareLink(markdown), encodeShareLinkAs(markdown, '1')]) {
        expect(await decodeReviewLink(`#${fragment}`, load)).toEqual({ ok: true, markdown });
      }
    }
  });

  it('answers damaged, foreign and hostile links with the core message', async () => {
    const good = encodeShareLink(readCorpus('071.md'));
    const notes = encodeNotesLink({ issueSlug: '071', cards: [{ id: 'c1', verdict: 'fine' }] });
    const links = [good, encodeShareLinkAs(readCorpus('001.md'), '1'), notes];
    const mutate = fc.tuple(
      fc.constantFrom(...links),
      fc.nat(),
      fc.string({ maxLength: 6 }),
      fc.integer({ min: 0, max: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(mutate, async ([link, at, insert, cut]) => {
        const where = at % (link.length + 1);
        const fragment = link.slice(0, where) + insert + link.slice(where + cut);
        const review = await decodeReviewLink(fragment, load);
        const core = decodeShareLink(fragment);
        expect(review).toEqual(core.ok ? { ok: true, markdown: core.markdown } : core);
      }),
      { numRuns: 1500 },
    );
    const oddities = ['', '#', '9.abc', 'x', '2.', '2.AAAA', '2.' + 'A'.repeat(10), 'n1.AAAAAA'];
    for (const fragment of oddities) {
      expect(await decodeReviewLink(fragment, load)).toEqual(decodeShareLink(fragment));
    }
  });

  it('says so when the dictionary cannot be loaded, and only for links that need it', async () => {
    const failing = () => Promise.reject(new Error('offline'));
    const v2 = encodeShareLink('# Hi\n');
    const v1 = encodeShareLinkAs('# Hi\n', '1');
    expect(await decodeReviewLink(v2, failing)).toEqual({
      ok: false,
      message: DICTIONARY_UNAVAILABLE,
    });
    expect(await decodeReviewLink(v1, failing)).toEqual({ ok: true, markdown: '# Hi\n' });
  });
});
