// The revisions an open issue gets while it is edited, at the moments that matter: at its first
// change after opening (the version as opened, the one to go back to), then every ten minutes of
// editing, and whenever keep() is asked for one (a take-over, an export, a share). Editing time is
// counted from change to change, a pause counting one minute at most, so a draft left open over
// lunch takes none and a busy morning takes one every ten minutes. A revision that would hold
// what the newest one holds is not taken (unless it marks another moment, like an export). A
// revision is a safety net, not a save: a failure to take one is ignored here (the autosave is
// what reports storage trouble).

import type { Issue } from '../core/model/types';
import type { RevisionReason, RevisionStore } from '../persistence/issue-repository';
import { sameData } from '../persistence/same-data';
import type { EditorState } from './editor-state';
import type { EditorStore } from './create-editor-store';

export interface RevisionSnapshotOptions {
  /** Editing time between periodic revisions (default ten minutes). */
  editingMs?: number;
  /** The most one pause between two changes counts as editing (default one minute). */
  pauseMs?: number;
}

export interface RevisionSnapshots {
  /** Keeps the issue as it is now, everything typed included, for a moment that matters. */
  keep: (reason: RevisionReason) => Promise<void>;
  /** Resolves once every revision asked for so far is stored (or found unneeded, or failed). */
  settled: () => Promise<void>;
  dispose: () => void;
}

type Revisions = Pick<RevisionStore, 'addRevision' | 'listRevisions' | 'getRevision'>;

export const PERIODIC_REVISION_MS = 10 * 60 * 1000;
export const EDITING_PAUSE_MS = 60 * 1000;

/** Equal as a writer sees it: the time of the last change does not count. */
export function sameIssueContent(a: Issue, b: Issue): boolean {
  return a === b || sameData({ ...a, updatedAt: 0 }, { ...b, updatedAt: 0 });
}

/** Reasons whose revision adds nothing when the newest one already holds the same issue. */
const CONTENT_ONLY: readonly RevisionReason[] = ['opened', 'periodic'];

async function alreadyKept(revisions: Revisions, issue: Issue, reason: RevisionReason) {
  const [newest] = await revisions.listRevisions(issue.id);
  if (newest === undefined) return false;
  if (!CONTENT_ONLY.includes(reason) && newest.reason !== reason) return false;
  const snapshot = (await revisions.getRevision(newest.id))?.snapshot;
  return snapshot !== undefined && sameIssueContent(snapshot, issue);
}

/** An edit of this tab's own: not the stored version taking the place of what it showed. */
function isOwnEdit(state: EditorState, previous: EditorState): boolean {
  return state.issue !== previous.issue && state.issue !== state.savedIssue && !state.readOnly;
}

export function startRevisionSnapshots(
  store: EditorStore,
  revisions: Revisions,
  options: RevisionSnapshotOptions = {},
): RevisionSnapshots {
  const editingMs = options.editingMs ?? PERIODIC_REVISION_MS;
  const pauseMs = options.pauseMs ?? EDITING_PAUSE_MS;
  let stopped = false;
  let queue = Promise.resolve();
  let lastChangeAt: number | undefined;
  let editing = 0;

  // One at a time, in the order asked: each checks the newest revision the one before stored.
  const take = (issue: Issue, reason: RevisionReason) => {
    queue = queue
      .then(async () => {
        if (stopped || (await alreadyKept(revisions, issue, reason))) return;
        await revisions.addRevision(issue.id, issue, reason);
      })
      .catch(() => undefined);
    return queue;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (stopped || !isOwnEdit(state, previous)) return;
    const now = state.config.now();
    if (lastChangeAt === undefined) {
      lastChangeAt = now;
      void take(previous.issue, 'opened');
      return;
    }
    editing += Math.max(0, Math.min(now - lastChangeAt, pauseMs));
    lastChangeAt = now;
    if (editing < editingMs) return;
    editing = 0;
    void take(state.issue, 'periodic');
  });

  return {
    keep: async (reason) => {
      if (stopped || store.getState().readOnly) return;
      await take(await store.getState().settledIssue(), reason);
    },
    settled: () => queue,
    dispose: () => {
      stopped = true;
      unsubscribe();
    },
  };
}
