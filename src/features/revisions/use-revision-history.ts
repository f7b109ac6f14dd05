import { useQuery } from '@tanstack/react-query';
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

/** The issue's revisions with what changed in each, read each time the history opens. */
export function useRevisionHistory(
  revisions: Pick<RevisionStore, 'listRevisions' | 'getRevision'>,
  issueId: string,
): HistoryLoad {
  const query = useQuery({
    queryKey: ['revision-history', issueId],
    queryFn: () => loadHistory(revisions, issueId),
    // Versions kept since the dialog last opened must show: nothing from before is reused.
    gcTime: 0,
  });
  if (query.isPending) return { status: 'loading' };
  if (query.isError) {
    const error: unknown = query.error;
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  return { status: 'ready', entries: query.data };
}
