import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { IssueStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';
import { EditLock, draftLockName, type EditAccess } from './edit-lock';
import { followStoredIssue } from './follow-stored-issue';
import { useLocks } from './locks-context';

export interface EditSession {
  access: EditAccess;
  /**
   * This tab shows the draft read-only: another tab edits it, or this one took over and has not
   * read the stored version yet. (While the lock is being asked for, a matter of milliseconds, the
   * draft stays editable: refusing changes then dropped a fast first keystroke. If another tab
   * turns out to hold the draft, what was typed is written at once and the stored revision
   * counter turns any clash into the conflict banner, never a silent overwrite.)
   */
  readOnly: boolean;
  /** The draft was deleted in another tab. */
  deleted: boolean;
  takeOver: () => void;
}

/** Puts the store in step with this tab's access: editable, or read-only and following. */
function applyAccess(
  access: EditAccess,
  store: EditorStore,
  repository: Pick<IssueStore, 'subscribeIssue'>,
  flush: () => Promise<void>,
  onDeleted: () => void,
): (() => void) | undefined {
  const state = store.getState();
  if (
    access.mode === 'checking' ||
    access.mode === 'unguarded' ||
    (access.mode === 'editing' && access.since === 'opened')
  ) {
    state.setReadOnly(false);
    return undefined;
  }
  if (access.mode === 'following') {
    state.setReadOnly(true);
    // Edits made before the lock went elsewhere are written now, while they still can be.
    void flush();
    return followStoredIssue(store, repository, { untilEdited: false, onDeleted });
  }
  // Took over, or the editing tab let go: start from what is stored, then edit.
  return followStoredIssue(store, repository, {
    untilEdited: true,
    onDeleted,
    onFirstRead: () => store.getState().setReadOnly(false),
  });
}

/**
 * One editor per draft across tabs (see EditLock): this tab's access, kept in the store as
 * read-only or not, with "Take over" for a tab that follows.
 */
export function useEditLock(
  store: EditorStore,
  repository: Pick<IssueStore, 'subscribeIssue'>,
  flush: () => Promise<void>,
): EditSession {
  const locks = useLocks();
  const issueId = store.getState().issue.id;
  const [access, setAccess] = useState<EditAccess>(() =>
    locks === undefined ? { mode: 'unguarded' } : { mode: 'checking' },
  );
  const [deleted, setDeleted] = useState(false);
  const lock = useRef<EditLock | null>(null);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  useEffect(() => {
    const current = new EditLock(locks, draftLockName(issueId), setAccess);
    lock.current = current;
    // Started a moment later, so a mount undone at once (StrictMode) never holds the lock.
    const start = setTimeout(() => current.start(), 0);
    return () => {
      clearTimeout(start);
      current.dispose();
    };
  }, [locks, issueId]);

  useEffect(
    () =>
      applyAccess(
        access,
        store,
        repository,
        () => flushRef.current(),
        () => setDeleted(true),
      ),
    [access, store, repository],
  );

  const takeOver = useCallback(() => lock.current?.takeOver(), []);
  const storeReadOnly = useStore(store, (s) => s.readOnly);
  const readOnly = access.mode !== 'checking' && storeReadOnly;
  return { access, readOnly, deleted, takeOver };
}
