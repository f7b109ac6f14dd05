// Restoring a revision is an edit like any other: it goes through the editor store as one undo
// step (so Undo brings back what was there) and the autosave writes it. The version being replaced
// is kept first as a 'before-restore' revision, so even a restore followed by a closed tab can be
// walked back from the history. undoRestore takes a restore back from its toast.

import type { Issue } from '../../core/model/types';
import type { RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';

export type RestoreResult =
  { outcome: 'restored'; before: Issue; restored: Issue } | { outcome: 'missing' | 'read-only' };

export async function restoreRevision(
  store: EditorStore,
  revisions: Pick<RevisionStore, 'addRevision' | 'getRevision'>,
  revisionId: string,
): Promise<RestoreResult> {
  const revision = await revisions.getRevision(revisionId);
  if (revision === undefined) return { outcome: 'missing' };
  if (store.getState().readOnly) return { outcome: 'read-only' };
  const before = await store.getState().settledIssue();
  // A failed safety copy does not stop the restore: Undo still holds the current version.
  await revisions.addRevision(before.id, before, 'before-restore').catch(() => undefined);
  const done = store.getState().commit((issue) => ({
    ...revision.snapshot,
    id: issue.id,
    createdAt: issue.createdAt,
  }));
  if (!done) return { outcome: 'read-only' };
  return { outcome: 'restored', before, restored: store.getState().issue };
}

/**
 * Takes a restore back: the undo step itself while nothing was changed since, else the version
 * from before the restore as a new change (so what was typed since can be had back with Undo).
 */
export function undoRestore(
  store: EditorStore,
  result: Extract<RestoreResult, { outcome: 'restored' }>,
): boolean {
  const state = store.getState();
  if (state.readOnly) return false;
  if (state.issue === result.restored) {
    state.undo();
    return true;
  }
  return state.commit((issue) => ({
    ...result.before,
    id: issue.id,
    createdAt: issue.createdAt,
  }));
}
