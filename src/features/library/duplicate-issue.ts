import type { Issue } from '../../core/model/types';
import { newId } from '../../core/model/new-id';
import { statusFromDraft } from '../../core/status/status-from-draft';

/**
 * A copy of the issue as a new draft: same content and front matter, its own id and times. Its
 * status is what its `draft` key says, as for an imported file, so the copy's file is the
 * original's byte for byte and its status does not contradict it; nobody has set it yet.
 */
export function duplicateIssue(issue: Issue, now: number): Issue {
  const { statusChangedAt: _when, statusSetBy: _who, ...copy } = structuredClone(issue);
  return {
    ...copy,
    id: newId('i'),
    status: statusFromDraft(issue.frontMatter),
    createdAt: now,
    updatedAt: now,
  };
}
