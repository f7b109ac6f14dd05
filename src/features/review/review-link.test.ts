import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { shareDictionaries } from '../../../test/helpers/share-dictionaries';
import {
  OLD_ISSUE_LINKS,
  OLD_NOTES,
  OLD_NOTES_LINKS,
} from '../../../test/helpers/share-link-fixtures';
import { encodeNotesLink } from '../../core/share/notes-link';
import type { ReviewNotes } from '../../core/share/review-notes';
import { decodeShareLink, encodeShareLink, encodeShareLinkAs } from '../../core/share/share-link';
import { unpackLinkAsync } from '../../core/share/unpack-link';
import { encodeNotesFragment } from './encode-notes-fragment';
import { inflateReviewPayload } from './inflate-review-payload';
import { storedDeflate } from './stored-deflate';

// The reviewer page reads links with the core envelope and the browser's inflater: the same
// results as the CLI's fflate reader on good, old, damaged and hostile links.

const load = () => Promise.resolve(shareDictionaries.v2);
const review = (fragment: string) => unpackLinkAsync(fragment, 'issue', inflateReviewPayload, load);
const core = (fragment: string) => {
  const result = decodeShareLink(fragment, shareDictionaries);
  return result.ok ? { ok: true, text: result.markdown } : result;
};

describe("the reviewer page's reading of links", () => {
  it('opens every corpus issue from its link, in both issue formats', async () => {
    for (const name of corpusFiles()) {
      const markdown = readCorpus(name);
      const links = [
        encodeShareLink(markdown, shareDictionaries),
        encodeShareLinkAs(markdown, '1', shareDictionaries),
      ];
      for (const fragment of links) {
        expect(await review(`#${fragment}`)).toEqual({ ok: true, text: markdown });
      }
    }
  });

  it('opens links made by earlier versions', async () => {
    for (const { fragment, markdown } of OLD_ISSUE_LINKS) {
      expect(await review(fragment)).toEqual({ ok: true, text: markdown });
    }
  });

  it('answers damaged, foreign and hostile links as the CLI does', async () => {
    const good = encodeShareLink(readCorpus('071.md'), shareDictionaries);
    const notes = encodeNotesLink({ issueSlug: '071', cards: [{ id: 'c1', verdict: 'fine' }] });
    const links = [good, encodeShareLinkAs(readCorpus('001.md'), '1', shareDictionaries), notes];
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
        expect(await review(fragment)).toEqual(core(fragment));
      }),
      { numRuns: 1500 },
    );
    const oddities = ['', '#', '9.abc', 'x', '2.', '2.AAAA', '2.' + 'A'.repeat(10), 'n1.AAAAAA'];
    for (const fragment of oddities) expect(await review(fragment)).toEqual(core(fragment));
  });

  it('writes notes links as it did: stored blocks byte for byte', async () => {
    const stored = OLD_NOTES_LINKS.find((link) => link.name === 'notes.n1-stored');
    const written = await encodeNotesFragment(OLD_NOTES as ReviewNotes, async (bytes) =>
      storedDeflate(bytes),
    );
    expect(written).toBe(stored?.fragment);
  });
});
