// The lines of the history list: each revision with what changed since the one before it.

import type { Issue } from '../../core/model/types';
import type { RevisionMeta, RevisionReason } from '../../persistence/issue-repository';
import { compareRevisions, describeChanges } from '../../persistence/revision-changes';

export interface HistoryEntry {
  meta: RevisionMeta;
  /** What changed since the previous revision, e.g. "2 cards added, 1 card edited". */
  summary: string;
}

const REASONS: Record<RevisionReason, string> = {
  opened: 'As opened',
  periodic: 'While editing',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-overwrite': "Before taking another tab's version",
  manual: 'Kept by hand',
  'took-over': 'Taken over from another tab',
  exported: 'Exported',
  shared: 'Shared for review',
};

export function reasonLabel(reason: RevisionReason): string {
  return REASONS[reason];
}

/**
 * Revisions newest first, each described against the next older one; the oldest kept has
 * nothing to compare with. `snapshots` holds each revision's issue by revision id.
 */
export function describeHistory(
  metas: readonly RevisionMeta[],
  snapshots: ReadonlyMap<string, Issue>,
): HistoryEntry[] {
  return metas.map((meta, index) => {
    const older = metas[index + 1];
    const before = older && snapshots.get(older.id);
    const after = snapshots.get(meta.id);
    if (after === undefined) return { meta, summary: 'This version could not be read' };
    if (older === undefined) return { meta, summary: 'The oldest version kept' };
    if (before === undefined) return { meta, summary: 'The version before could not be read' };
    return { meta, summary: describeChanges(compareRevisions(before, after)) };
  });
}
