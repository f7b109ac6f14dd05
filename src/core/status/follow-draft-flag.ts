import type { Issue } from '../model/types';
import { readDraftFlag } from './read-draft-flag';
import { statusForDraftFlag } from './status-for-draft-flag';

/**
 * After an edit of the front matter: moves a status that the `draft` key now contradicts (see
 * status-for-draft-flag.ts), stamped with when. The same issue when they agree.
 */
export function followDraftFlag(issue: Issue, now: number): Issue {
  const draft = readDraftFlag(issue.frontMatter);
  if (draft === undefined) return issue;
  const status = statusForDraftFlag(draft, issue.status);
  return status === issue.status ? issue : { ...issue, status, statusChangedAt: now };
}
