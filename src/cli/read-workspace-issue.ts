import { InputError } from '../core/errors';
import { workspaceDocName } from '../core/collab/workspace-doc-name';
import { readIssueFromDoc } from '../core/collab/read-issue-from-doc';
import type { Issue } from '../core/model/types';
import type { WorkspaceTarget } from './parse-workspace-args';
import { openWorkspaceDoc } from './open-workspace-doc';

/** The issue as the workspace holds it; an InputError when the workspace has no such issue. */
export async function readWorkspaceIssue(target: WorkspaceTarget, slug: string): Promise<Issue> {
  const name = workspaceDocName(target.workspace, slug);
  const opened = await openWorkspaceDoc({ ...target, name });
  try {
    const issue = readIssueFromDoc(opened.doc);
    if (!issue) throw new InputError(`the workspace "${target.workspace}" has no issue "${slug}"`);
    return issue;
  } finally {
    opened.close();
  }
}
