import { importIssue } from '../core/markdown/import-issue';
import { getFrontMatterString } from '../core/front-matter/get-front-matter-string';
import { InputError } from '../core/errors';
import { workspaceDocName } from '../core/collab/workspace-doc-name';
import { readIssueFromDoc } from '../core/collab/read-issue-from-doc';
import { writeIssueToDoc } from '../core/collab/write-issue-to-doc';
import { adoptUnchangedParts } from '../core/collab/adopt-unchanged-parts';
import type { WorkspaceTarget } from './parse-workspace-args';
import { openWorkspaceDoc, WorkspaceRefusedError } from './open-workspace-doc';

/**
 * Imports a file into its issue's document in the workspace (the slug from `slug`, else the front
 * matter's): the document then holds the file. When it already held the issue, it keeps the
 * issue's id, status and creation time, and every section and block that reads the same, so only
 * what the file changed is written and others editing meanwhile keep their edits. Resolves once
 * the server has acknowledged the edit.
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
    const { id, status, createdAt } = current ?? imported;
    const next = current
      ? { ...adoptUnchangedParts(current, imported), id, status, createdAt }
      : imported;
    writeIssueToDoc(opened.doc, current, next);
    await opened.acknowledged();
    return { name, created: !current };
  } finally {
    opened.close();
  }
}
