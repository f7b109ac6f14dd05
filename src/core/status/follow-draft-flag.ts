import type { Issue } from '../model/types';
import { readDraftFlag } from './read-draft-flag';
import { statusForDraftFlag } from './status-for-draft-flag';

/**
 * After an edit of the front matter: moves a status that the `draft` key now contradicts (see
 * status-for-draft-flag.ts), stamped with when and with no name: nobody chose that status. The
 * same issue when they agree.
 */
export function followDraftFlag(issue: Issue, now: number): Issue {
  const draft = readDraftFlag(issue.frontMatter);
  if (draft === undefined) return issue;
  const status = statusForDraftFlag(draft, issue.status);
  if (status === issue.status) return issue;
  const { statusSetBy: _byPerson, ...rest } = issue;
  return { ...rest, status, statusChangedAt: now };
}
