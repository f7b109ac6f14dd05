import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { setFrontMatterValue } from '../front-matter/set-front-matter-value';
import { importIssue } from '../markdown/import-issue';
import { followDraftFlag } from './follow-draft-flag';

describe('followDraftFlag', () => {
  const issue = importIssue(readCorpus('056.md'));
  const withDraft = (draft: boolean) => ({
    ...issue,
    frontMatter: setFrontMatterValue(issue.frontMatter, 'draft', draft),
  });

  it('moves a published issue to draft when its draft key is set', () => {
    const moved = followDraftFlag(withDraft(true), 99);
    expect([moved.status, moved.statusChangedAt]).toEqual(['draft', 99]);
  });

  it('moves an issue in review to ready when the key is cleared', () => {
    const inReview = { ...withDraft(true), status: 'in review' as const };
    expect(followDraftFlag(inReview, 1).status).toBe('in review');
    expect(followDraftFlag({ ...inReview, frontMatter: issue.frontMatter }, 1).status).toBe(
      'ready',
    );
  });

  it('records no name: the key moved the status, nobody chose it', () => {
    const byAna = { ...withDraft(false), status: 'ready' as const, statusSetBy: 'Ana' };
    const moved = followDraftFlag({ ...byAna, frontMatter: withDraft(true).frontMatter }, 5);
    expect(moved.status).toBe('draft');
    expect(moved).not.toHaveProperty('statusSetBy');
  });

  it('returns the same issue when the key agrees or is absent', () => {
    expect(followDraftFlag(issue, 1)).toBe(issue);
    const noKey = importIssue('+++\ntitle = "x"\n+++\n');
    expect(followDraftFlag(noKey, 1)).toBe(noKey);
  });
});
