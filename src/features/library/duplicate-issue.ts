import type { Issue } from '../../core/model/types';
import { newId } from '../../core/model/new-id';

/** A copy of the issue as a new draft: same content and front matter, its own id and times. */
export function duplicateIssue(issue: Issue, now: number): Issue {
  return {
    ...structuredClone(issue),
    id: newId('i'),
    status: 'draft',
    createdAt: now,
    updatedAt: now,
  };
}
