import { useCallback, useEffect, useRef, useState } from 'react';
import type { RevisionReason, RevisionStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';
import { startRevisionSnapshots, type RevisionSnapshots } from '../../state/revision-snapshots';
import type { EditSession } from '../storage/use-edit-lock';

/** Keeps the open issue as a revision for a moment that matters (export, share). */
export type KeepRevision = (reason: RevisionReason) => void;

/**
 * Takes the open issue's revisions (see startRevisionSnapshots), one when this tab takes the
 * draft over from another once it holds the stored version, and gives the call that keeps one
 * for other moments. A tab that only follows another takes none.
 */
export function useRevisionSnapshots(
  store: EditorStore,
  revisions: Pick<RevisionStore, 'addRevision' | 'listRevisions' | 'getRevision'>,
  session: Pick<EditSession, 'access' | 'readOnly'>,
): KeepRevision {
  const [snapshots, setSnapshots] = useState<RevisionSnapshots>();
  const current = useRef<RevisionSnapshots>(undefined);
  useEffect(() => {
    const started = startRevisionSnapshots(store, revisions);
    current.current = started;
    setSnapshots(started);
    return () => started.dispose();
  }, [store, revisions]);

  const { access, readOnly } = session;
  const tookOver = access.mode === 'editing' && access.since === 'took-over' && !readOnly;
  useEffect(() => {
    if (tookOver) void snapshots?.keep('took-over');
  }, [tookOver, snapshots]);

  return useCallback((reason) => void current.current?.keep(reason), []);
}
