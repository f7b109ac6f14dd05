import { setFrontMatterValue } from '../front-matter/set-front-matter-value';
import type { Issue, IssueStatus } from '../model/types';
import { draftForStatus } from './draft-for-status';
import { readDraftFlag } from './read-draft-flag';

/**
 * Returns the issue with a new status, stamped with when it changed, and its `draft` key (where
 * it has one) set to agree (see draft-for-status.ts): only that line's value is rewritten. The
 * same issue when the status is unchanged. Throws the core's InputError if the front matter
 * cannot take the new value.
 */
export function setIssueStatus(issue: Issue, status: IssueStatus, now: number): Issue {
  if (issue.status === status) return issue;
  const draft = readDraftFlag(issue.frontMatter);
  const wanted = draftForStatus(status);
  const frontMatter =
    draft === undefined || draft === wanted
      ? issue.frontMatter
      : setFrontMatterValue(issue.frontMatter, 'draft', wanted);
  return { ...issue, frontMatter, status, statusChangedAt: now };
}
