import { importIssue } from '../core/markdown/import-issue';
import { getFrontMatterString } from '../core/front-matter/get-front-matter-string';
import { InputError } from '../core/errors';
import { workspaceDocName } from '../core/collab/workspace-doc-name';
import { readIssueFromDoc } from '../core/collab/read-issue-from-doc';
import { writeIssueToDoc } from '../core/collab/write-issue-to-doc';
import type { WorkspaceTarget } from './parse-workspace-args';
import { openWorkspaceDoc, WorkspaceRefusedError } from './open-workspace-doc';

/**
 * Imports a file into its issue's document in the workspace (the slug from `slug`, else the front
 * matter's): the document then holds the file, and keeps the issue's id, status and creation
 * time when it already held the issue. Resolves once the server has acknowledged the edit.
 */
export async function pushIssue(
  text: string,
  target: WorkspaceTarget & { slug?: string },
): Promise<{ name: string; created: boolean }> {
  const imported = importIssue(text);
  const slug = target.slug ?? getFrontMatterString(imported.frontMatter, 'slug');
  if (!slug) throw new InputError('the file has no slug in its front matter: give --slug');
  const name = workspaceDocName(target.workspace, slug);
  const opened = await openWorkspaceDoc({ ...target, name });
  try {
    if (opened.readOnly()) throw new WorkspaceRefusedError('this token may only read (a reviewer)');
    const current = readIssueFromDoc(opened.doc);
    const next = current
      ? { ...imported, id: current.id, status: current.status, createdAt: current.createdAt }
      : imported;
    writeIssueToDoc(opened.doc, current, next);
    await opened.acknowledged();
    return { name, created: !current };
  } finally {
    opened.close();
  }
}
