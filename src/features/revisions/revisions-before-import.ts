// Before an import writes over stored issues, their stored versions become 'before-import'
// revisions, written in the same batch as the import: the history can always go back to what was
// there. An issue whose file is the same as before gets none (re-importing the same files adds
// nothing to the history); "the same" is judged by the exported file, since every import gives
// the blocks new ids.

import type { Issue } from '../../core/model/types';
import { newId } from '../../core/model/new-id';
import type { IssueStore, Revision } from '../../persistence/issue-repository';
import { makeRevision } from '../../persistence/revision-policy';

export async function revisionsBeforeImport(
  repository: Pick<IssueStore, 'get'>,
  incoming: readonly Issue[],
  now: number,
): Promise<Revision[]> {
  if (incoming.length === 0) return [];
  const { exportIssue } = await import('../../core/markdown/export-issue');
  const revisions: Revision[] = [];
  for (const issue of incoming) {
    const stored = await repository.get(issue.id);
    if (stored === undefined || exportIssue(stored.issue) === exportIssue(issue)) continue;
    revisions.push(makeRevision(newId('rev-'), issue.id, stored.issue, 'before-import', now));
  }
  return revisions;
}
