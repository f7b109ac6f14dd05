import { exportIssue } from '../core/markdown/export-issue';
import type { WorkspaceTarget } from './parse-workspace-args';
import { readWorkspaceIssue } from './read-workspace-issue';

/** The issue's file as the workspace holds it: the same export the editor's download gives. */
export async function pullIssue(target: WorkspaceTarget, slug: string): Promise<string> {
  return exportIssue(await readWorkspaceIssue(target, slug));
}
