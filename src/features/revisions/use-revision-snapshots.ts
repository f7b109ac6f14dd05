import { useEffect } from 'react';
import type { RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';
import { startRevisionSnapshots } from '../../state/revision-snapshots';

/**
 * Takes the open issue's revisions (on opening, then every few minutes of change) while this tab
 * edits it; a tab that only follows another takes none.
 */
export function useRevisionSnapshots(
  store: EditorStore,
  revisions: Pick<RevisionStore, 'addRevision' | 'listRevisions' | 'getRevision'>,
  editing: boolean,
  intervalMs?: number,
): void {
  useEffect(() => {
    if (!editing) return;
    const snapshots = startRevisionSnapshots(store, revisions, intervalMs ? { intervalMs } : {});
    return () => snapshots.dispose();
  }, [store, revisions, editing, intervalMs]);
}
