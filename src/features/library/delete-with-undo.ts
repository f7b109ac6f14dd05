// Deleting a draft removes it and its revisions at once; the snapshot taken just before lets
// Undo put both back in one write, as they were.

import type { IssueRepository, Revision, StoredIssue } from '../../persistence/issue-repository';

export interface DeletedIssue {
  stored: StoredIssue;
  revisions: Revision[];
}

/** Deletes the issue; returns what Undo needs, or undefined when it was already gone. */
export async function deleteIssue(
  repository: IssueRepository,
  id: string,
): Promise<DeletedIssue | undefined> {
  const stored = await repository.get(id);
  if (stored === undefined) return undefined;
  const metas = await repository.listRevisions(id);
  const revisions: Revision[] = [];
  for (const meta of metas) {
    const revision = await repository.getRevision(meta.id);
    if (revision !== undefined) revisions.push(revision);
  }
  await repository.delete(id, stored.rev);
  return { stored, revisions };
}

/** Puts a deleted issue back with its revisions; refuses if something took its id meanwhile. */
export async function restoreIssue(
  repository: IssueRepository,
  deleted: DeletedIssue,
): Promise<void> {
  const { issue, archived } = deleted.stored;
  await repository.writeBatch({
    issues: [{ issue, archived, expectedRevision: 0 }],
    revisions: deleted.revisions,
  });
}
