import { exportIssue } from '../core/markdown/export-issue';
import { InputError } from '../core/errors';
import { workspaceDocName } from '../core/collab/workspace-doc-name';
import { readIssueFromDoc } from '../core/collab/read-issue-from-doc';
import type { WorkspaceTarget } from './parse-workspace-args';
import { openWorkspaceDoc } from './open-workspace-doc';

/** The issue's file as the workspace holds it: the same export the editor's download gives. */
export async function pullIssue(target: WorkspaceTarget, slug: string): Promise<string> {
  const name = workspaceDocName(target.workspace, slug);
  const opened = await openWorkspaceDoc({ ...target, name });
  try {
    const issue = readIssueFromDoc(opened.doc);
    if (!issue) throw new InputError(`the workspace "${target.workspace}" has no issue "${slug}"`);
    return exportIssue(issue);
  } finally {
    opened.close();
  }
}
