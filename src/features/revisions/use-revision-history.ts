import { useEffect, useState } from 'react';
import type { Issue } from '../../core/model/types';
import type { RevisionStore } from '../../persistence/issue-repository';
import { describeHistory, type HistoryEntry } from './describe-history';

export type HistoryLoad =
  | { status: 'loading' }
  | { status: 'ready'; entries: HistoryEntry[] }
  | { status: 'error'; message: string };

async function loadHistory(
  revisions: Pick<RevisionStore, 'listRevisions' | 'getRevision'>,
  issueId: string,
): Promise<HistoryEntry[]> {
  const metas = await revisions.listRevisions(issueId);
  const snapshots = new Map<string, Issue>();
  for (const meta of metas) {
    const revision = await revisions.getRevision(meta.id).catch(() => undefined);
    if (revision !== undefined) snapshots.set(meta.id, revision.snapshot);
  }
  return describeHistory(metas, snapshots);
}

/** The issue's revisions with what changed in each, read when the history opens. */
export function useRevisionHistory(
  revisions: Pick<RevisionStore, 'listRevisions' | 'getRevision'>,
  issueId: string,
): HistoryLoad {
  const [load, setLoad] = useState<HistoryLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadHistory(revisions, issueId).then(
      (entries) => live && setLoad({ status: 'ready', entries }),
      (error: unknown) =>
        live &&
        setLoad({
          status: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [revisions, issueId]);
  return load;
}
