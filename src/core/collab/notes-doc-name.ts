import { workspaceDocName } from './workspace-doc-name';

/**
 * The name of an issue's notes document on the workspace server: `<workspace>/<slug>/notes`.
 * Reviewers' notes and "fine" marks live there, apart from the issue's own document, so the
 * server can let a reviewer write them while the issue stays read-only for the reviewer.
 */
export function notesDocName(workspace: string, slug: string): string {
  return `${workspaceDocName(workspace, slug)}/notes`;
}
