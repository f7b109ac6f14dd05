import { workspaceDocName } from './workspace-doc-name';

/** Whether a document name, as a client asked for it, is `<workspace>/<slug>` and nothing else. */
export function isWorkspaceDocName(name: string): boolean {
  const [workspace, slug, ...rest] = name.split('/');
  if (workspace === undefined || slug === undefined || rest.length > 0) return false;
  try {
    return workspaceDocName(workspace, slug) === name;
  } catch {
    return false;
  }
}
