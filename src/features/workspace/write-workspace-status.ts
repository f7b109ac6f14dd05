import * as Y from 'yjs';
import { readIssueFromDoc } from '../../core/collab/read-issue-from-doc';
import { writeIssueToDoc } from '../../core/collab/write-issue-to-doc';
import type { IssueStatus } from '../../core/model/types';
import { setIssueStatus } from '../../core/status/set-issue-status';
import type { WorkspaceStore } from '../../persistence/workspace-store';
import { WorkspaceError } from './first-sync';

/**
 * Sets the status of a workspace draft in its document's offline copy in this browser, signed
 * with `setBy` as the editor signs it: the change is stored as one more update of the document,
 * so it merges into the shared issue on the next connection (opening the issue), as anything
 * typed offline does, and the next open does not take it back. Resolves to false when the draft
 * is not in a workspace (nothing written); rejects when the document could not be read or the
 * update could not be stored, so the caller can say the status did not change.
 */
export async function writeWorkspaceStatus(
  store: WorkspaceStore,
  issueId: string,
  status: IssueStatus,
  stamp: { now: number; setBy: string | undefined },
): Promise<boolean> {
  if ((await store.getLink(issueId)) === undefined) return false;
  const doc = new Y.Doc();
  try {
    for (const update of await store.loadUpdates(issueId)) Y.applyUpdate(doc, update);
    const shared = readIssueFromDoc(doc);
    if (shared === undefined) {
      throw new WorkspaceError('its workspace copy is not in this browser yet');
    }
    const next = setIssueStatus(shared, status, stamp.now, stamp.setBy);
    if (next === shared) return true;
    const known = Y.encodeStateVector(doc);
    writeIssueToDoc(doc, shared, next);
    await store.addUpdate(issueId, Y.encodeStateAsUpdate(doc, known));
    return true;
  } finally {
    doc.destroy();
  }
}
