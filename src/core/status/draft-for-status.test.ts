import { describe, expect, it } from 'vitest';
import { ISSUE_STATUSES } from '../model/schema/validate-issue';
import { parseFrontMatter } from '../front-matter/parse-front-matter';
import { draftForStatus } from './draft-for-status';
import { statusForDraftFlag } from './status-for-draft-flag';
import { statusFromDraft } from './status-from-draft';

const frontMatter = (text: string) => parseFrontMatter(text).frontMatter;

describe('the status and the draft key', () => {
  it('maps draft and in review to draft = true, ready and published to false', () => {
    expect(ISSUE_STATUSES.map((s) => [s, draftForStatus(s)])).toEqual([
      ['draft', true],
      ['in review', true],
      ['ready', false],
      ['published', false],
    ]);
  });

  it('reads a file: false is published, true is draft, no key or no boolean is draft', () => {
    expect(statusFromDraft(frontMatter('+++\ndraft = false\n+++\n'))).toBe('published');
    expect(statusFromDraft(frontMatter('---\ndraft: true\n---\n'))).toBe('draft');
    expect(statusFromDraft(frontMatter('+++\ntitle = "x"\n+++\n'))).toBe('draft');
    expect(statusFromDraft(frontMatter('+++\ndraft = "false"\n+++\n'))).toBe('draft');
  });

  it('keeps a status that agrees with a draft key set by hand, and moves one that does not', () => {
    for (const status of ISSUE_STATUSES) {
      const agreeing = draftForStatus(status);
      expect(statusForDraftFlag(agreeing, status)).toBe(status);
      expect(statusForDraftFlag(!agreeing, status)).toBe(agreeing ? 'ready' : 'draft');
    }
  });
});
