// Restoring a revision is an edit like any other: it goes through the editor store as one undo
// step (so Undo brings back what was there) and the autosave writes it. The version being replaced
// is kept first as a 'before-restore' revision, so even a restore followed by a closed tab can be
// walked back from the history.

import type { RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';

export type RestoreOutcome = 'restored' | 'missing' | 'read-only';

export async function restoreRevision(
  store: EditorStore,
  revisions: Pick<RevisionStore, 'addRevision' | 'getRevision'>,
  revisionId: string,
): Promise<RestoreOutcome> {
  const revision = await revisions.getRevision(revisionId);
  if (revision === undefined) return 'missing';
  if (store.getState().readOnly) return 'read-only';
  const current = await store.getState().settledIssue();
  // A failed safety copy does not stop the restore: Undo still holds the current version.
  await revisions.addRevision(current.id, current, 'before-restore').catch(() => undefined);
  const restored = store.getState().commit((issue) => ({
    ...revision.snapshot,
    id: issue.id,
    createdAt: issue.createdAt,
  }));
  return restored ? 'restored' : 'read-only';
}
