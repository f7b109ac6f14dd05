import * as Y from 'yjs';
import { readIssueFromDoc } from '../../core/collab/read-issue-from-doc';
import { workspaceDocName } from '../../core/collab/workspace-doc-name';
import { newId } from '../../core/model/new-id';
import type { IssueStore } from '../../persistence/issue-repository';
import type { WorkspaceStore } from '../../persistence/workspace-store';
import { firstSync, WorkspaceError } from './first-sync';
import { connectWorkspaceDoc } from './workspace-connection';
import type { WorkspaceSettings } from './workspace-settings';

/**
 * The draft that holds a workspace issue in this browser: the one already linked, or a new one
 * copied from the server (which must answer and let the token in), with its document's state
 * stored beside it for offline work. Resolves to the draft's id.
 */
export async function openWorkspaceIssue(
  slug: string,
  settings: WorkspaceSettings,
  issues: Pick<IssueStore, 'get' | 'put'>,
  store: WorkspaceStore,
): Promise<string> {
  let name: string;
  try {
    name = workspaceDocName(settings.workspace, slug);
  } catch (error) {
    throw new WorkspaceError(error instanceof Error ? error.message : String(error));
  }
  const known = await store.findLink(settings.workspace, slug);
  if (known && (await issues.get(known.issueId))) return known.issueId;
  if (known) await store.removeLink(known.issueId);
  const doc = new Y.Doc();
  const connection = connectWorkspaceDoc(settings.server, name, settings.token, doc);
  try {
    await firstSync(connection);
    const shared = readIssueFromDoc(doc);
    if (!shared) throw new WorkspaceError(`The workspace has no issue “${slug}”.`);
    const id = (await issues.get(shared.id)) ? newId('i') : shared.id;
    await issues.put({ ...shared, id }, 0);
    await store.putLink(
      { issueId: id, workspace: settings.workspace, slug },
      Y.encodeStateAsUpdate(doc),
    );
    return id;
  } finally {
    connection.close();
  }
}
