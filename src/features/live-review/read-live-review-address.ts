import { notesDocName } from '../../core/collab/notes-doc-name';
import { workspaceDocName } from '../../core/collab/workspace-doc-name';
import { workspaceServerUrl } from '../../core/url/workspace-server-url';

export type LiveReviewAddress =
  | { ok: true; server: string; token: string; issueName: string; notesName: string }
  | { ok: false; message: string };

const DAMAGED =
  'This reviewer link is damaged or incomplete: ask the editor to copy it for you again.';

/**
 * What a reviewer link says, checked: the workspace and slug from its path make the issue's and
 * its notes' document names, and its fragment gives the server (through the one door for
 * workspace server addresses) and the reviewer token. Anything else is a damaged link.
 */
export function readLiveReviewAddress(
  workspace: string,
  slug: string,
  hash: string,
): LiveReviewAddress {
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const server = workspaceServerUrl(fragment.get('server') ?? '');
  const token = fragment.get('token') ?? '';
  if (server === undefined || token.length < 8) return { ok: false, message: DAMAGED };
  try {
    return {
      ok: true,
      server,
      token,
      issueName: workspaceDocName(workspace, slug),
      notesName: notesDocName(workspace, slug),
    };
  } catch {
    return { ok: false, message: DAMAGED };
  }
}
