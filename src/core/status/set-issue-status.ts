import { setFrontMatterValue } from '../front-matter/set-front-matter-value';
import { statusSetByName } from '../model/schema/status-set-by-name';
import type { Issue, IssueStatus } from '../model/types';
import { draftForStatus } from './draft-for-status';
import { readDraftFlag } from './read-draft-flag';

/**
 * Returns the issue with a new status, stamped with when it changed and who changed it (`setBy`,
 * a person's name on a workspace draft; none otherwise), and its `draft` key (where it has one)
 * set to agree (see draft-for-status.ts): only that line's value is rewritten. The same issue
 * when the status is unchanged. Throws the core's InputError if the front matter cannot take the
 * new value.
 */
export function setIssueStatus(
  issue: Issue,
  status: IssueStatus,
  now: number,
  setBy?: string,
): Issue {
  if (issue.status === status) return issue;
  const draft = readDraftFlag(issue.frontMatter);
  const wanted = draftForStatus(status);
  const frontMatter =
    draft === undefined || draft === wanted
      ? issue.frontMatter
      : setFrontMatterValue(issue.frontMatter, 'draft', wanted);
  const { statusSetBy: _previous, ...rest } = issue;
  const name = statusSetByName(setBy);
  return {
    ...rest,
    frontMatter,
    status,
    statusChangedAt: now,
    ...(name ? { statusSetBy: name } : {}),
  };
}
