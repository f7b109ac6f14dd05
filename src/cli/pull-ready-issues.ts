import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportIssue } from '../core/markdown/export-issue';
import { listWorkspaceIssues } from './list-workspace-issues';
import type { WorkspaceTarget } from './parse-workspace-args';
import { readWorkspaceIssue } from './read-workspace-issue';

/**
 * `pull --ready --out DIR`: what the site repo's CI takes. Writes each issue of the workspace
 * whose status is ready into DIR as `SLUG.md` (the export the editor's download gives, byte for
 * byte) and returns the paths written, in slug order; none when no issue is ready, and then DIR
 * is not even made. An issue set back from ready between the list and its read is not written.
 */
export async function pullReadyIssues(target: WorkspaceTarget, out: string): Promise<string[]> {
  const ready = (await listWorkspaceIssues(target)).filter((issue) => issue.status === 'ready');
  const written: string[] = [];
  for (const { slug } of ready) {
    const issue = await readWorkspaceIssue(target, slug);
    if (issue.status !== 'ready') continue;
    mkdirSync(out, { recursive: true });
    const path = join(out, `${slug}.md`);
    writeFileSync(path, exportIssue(issue));
    written.push(path);
  }
  return written;
}
