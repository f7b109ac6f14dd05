// Deleting a draft removes it, its revisions and its workspace copy at once (the repository's
// delete); the snapshot taken just before lets Undo put them back as they were: the draft and
// its revisions in one write, then its link to the workspace issue with its stored updates.

import type { IssueRepository, Revision, StoredIssue } from '../../persistence/issue-repository';
import type { WorkspaceLink } from '../../persistence/workspace-store';
import { workspaceStoreFor } from '../../persistence/workspace-store-for';

export interface DeletedIssue {
  stored: StoredIssue;
  revisions: Revision[];
  /** A workspace draft's link and its document's updates, oldest first. */
  workspace?: { link: WorkspaceLink; updates: Uint8Array[] };
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
  const store = workspaceStoreFor(repository);
  const link = await store.getLink(id);
  const workspace = link && { link, updates: await store.loadUpdates(id) };
  await repository.delete(id, stored.rev);
  return { stored, revisions, ...(workspace ? { workspace } : {}) };
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
  const [first, ...rest] = deleted.workspace?.updates ?? [];
  if (deleted.workspace === undefined || first === undefined) return;
  const store = workspaceStoreFor(repository);
  await store.putLink(deleted.workspace.link, first);
  for (const update of rest) await store.addUpdate(issue.id, update);
}
