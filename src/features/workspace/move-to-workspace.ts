import * as Y from 'yjs';
import { readIssueFromDoc } from '../../core/collab/read-issue-from-doc';
import { workspaceDocName } from '../../core/collab/workspace-doc-name';
import { writeIssueToDoc } from '../../core/collab/write-issue-to-doc';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import type { Issue } from '../../core/model/types';
import type { WorkspaceLink, WorkspaceStore } from '../../persistence/workspace-store';
import { allSent, firstSync, WorkspaceError } from './first-sync';
import { connectWorkspaceDoc } from './workspace-connection';
import type { WorkspaceSettings } from './workspace-settings';

/**
 * Makes a local draft an issue of the workspace, by its slug: only while the server answers, and
 * only when the workspace has no issue of that slug yet (two issues are never merged blindly).
 * The draft keeps its id; its document's state is stored beside it. Rejects with a
 * WorkspaceError saying why it was not moved.
 */
export async function moveToWorkspace(
  issue: Issue,
  settings: WorkspaceSettings,
  store: WorkspaceStore,
): Promise<WorkspaceLink> {
  const slug = getFrontMatterString(issue.frontMatter, 'slug') ?? '';
  if (!slug)
    throw new WorkspaceError('This draft has no slug: give it one in its front matter first.');
  let name: string;
  try {
    name = workspaceDocName(settings.workspace, slug);
  } catch (error) {
    throw new WorkspaceError(error instanceof Error ? error.message : String(error));
  }
  const doc = new Y.Doc();
  const connection = connectWorkspaceDoc(settings.server, name, settings.token, doc);
  try {
    await firstSync(connection);
    if (readIssueFromDoc(doc) !== undefined) {
      throw new WorkspaceError(
        `The workspace already has an issue “${slug}”: open it from the library, or change this draft’s slug.`,
      );
    }
    writeIssueToDoc(doc, undefined, issue);
    if (!(await allSent(connection))) {
      throw new WorkspaceError('The workspace server did not take the issue: try again.');
    }
    const link = { issueId: issue.id, workspace: settings.workspace, slug };
    await store.putLink(link, Y.encodeStateAsUpdate(doc));
    return link;
  } finally {
    connection.close();
  }
}
