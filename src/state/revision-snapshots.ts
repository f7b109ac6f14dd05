// The revisions an open issue gets while it is edited: one when it is opened (unless the newest
// stored revision already holds it), then one every few minutes while it keeps changing. A
// revision is a safety net, not a save: a failure to take one is ignored here (the autosave is
// what reports storage trouble).

import type { Issue } from '../core/model/types';
import type { RevisionReason, RevisionStore } from '../persistence/issue-repository';
import { sameData } from '../persistence/same-data';
import type { EditorStore } from './create-editor-store';

export interface RevisionSnapshotOptions {
  /** Time between periodic revisions (default three minutes). */
  intervalMs?: number;
}

export interface RevisionSnapshots {
  /** Resolves once the revision taken on opening is stored (or found unneeded, or failed). */
  opened: Promise<void>;
  dispose: () => void;
}

type Revisions = Pick<RevisionStore, 'addRevision' | 'listRevisions' | 'getRevision'>;

export const PERIODIC_REVISION_MS = 3 * 60 * 1000;

/** Equal as a writer sees it: the time of the last change does not count. */
export function sameIssueContent(a: Issue, b: Issue): boolean {
  return a === b || sameData({ ...a, updatedAt: 0 }, { ...b, updatedAt: 0 });
}

async function newestSnapshot(revisions: Revisions, issueId: string): Promise<Issue | undefined> {
  const [newest] = await revisions.listRevisions(issueId);
  return newest && (await revisions.getRevision(newest.id))?.snapshot;
}

export function startRevisionSnapshots(
  store: EditorStore,
  revisions: Revisions,
  options: RevisionSnapshotOptions = {},
): RevisionSnapshots {
  let last: Issue | undefined;
  let stopped = false;

  const take = async (issue: Issue, reason: RevisionReason) => {
    try {
      await revisions.addRevision(issue.id, issue, reason);
      last = issue;
    } catch {
      // Kept in memory by the editor; the next tick tries again.
    }
  };

  const onOpen = async () => {
    const issue = store.getState().issue;
    const newest = await newestSnapshot(revisions, issue.id).catch(() => undefined);
    if (stopped) return;
    if (newest !== undefined && sameIssueContent(newest, issue)) last = issue;
    else await take(issue, 'opened');
  };

  const timer = setInterval(() => {
    store.getState().flushEdits();
    const { issue, readOnly } = store.getState();
    if (stopped || readOnly || (last !== undefined && sameIssueContent(last, issue))) return;
    void take(issue, 'periodic');
  }, options.intervalMs ?? PERIODIC_REVISION_MS);

  return {
    opened: onOpen(),
    dispose: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
