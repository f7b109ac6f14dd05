import { isWorkspaceDocName } from './is-workspace-doc-name';

const SUFFIX = '/notes';

/** Whether a document name, as a client asked for it, is `<workspace>/<slug>/notes` and nothing else. */
export function isNotesDocName(name: string): boolean {
  return name.endsWith(SUFFIX) && isWorkspaceDocName(name.slice(0, -SUFFIX.length));
}
