import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { isWorkspaceDocName } from '../src/core/collab/is-workspace-doc-name';
import { sameToken } from './same-token';

export interface Tokens {
  editor: string;
  /** Absent when the server was started without a reviewer token: then nobody reviews. */
  reviewer?: string | undefined;
}

/**
 * Lets a connection in only with a token: the editor token reads and writes, the reviewer token
 * reads (the connection is read-only, so the server drops its updates). No token, a wrong one or
 * a document name that is not `<workspace>/<slug>` gets nothing: the hook throws, the provider
 * hears "permission denied" and no document is loaded for it.
 */
export function tokenGate(tokens: Tokens): Extension {
  return {
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload) {
      if (!isWorkspaceDocName(documentName)) throw reason('not a workspace document');
      if (sameToken(token ?? '', tokens.editor)) return { role: 'editor' };
      if (sameToken(token ?? '', tokens.reviewer)) {
        connectionConfig.readOnly = true;
        return { role: 'reviewer' };
      }
      throw reason('permission-denied');
    },
  };
}

/** What Hocuspocus sends the client as the reason it was refused. */
function reason(text: string): Error & { reason: string } {
  return Object.assign(new Error(text), { reason: text });
}
