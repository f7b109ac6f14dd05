import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { isNotesDocName } from '../src/core/collab/is-notes-doc-name';
import { isWorkspaceDocName } from '../src/core/collab/is-workspace-doc-name';
import { sameToken } from './same-token';

export interface Tokens {
  editor: string;
  /** Absent when the server was started without a reviewer token: then nobody reviews. */
  reviewer?: string | undefined;
}

/**
 * Lets a connection in only with a token, document by document: the editor token reads and
 * writes an issue (`<workspace>/<slug>`) and its notes (`<workspace>/<slug>/notes`); the reviewer
 * token reads the issue (the connection is read-only, so the server drops its updates) and reads
 * and writes the notes, where reviewers leave their notes and "fine" marks. No token, a wrong one
 * or a document name of any other shape gets nothing: the hook throws, the provider hears
 * "permission denied" and no document is loaded for it.
 */
export function tokenGate(tokens: Tokens): Extension {
  return {
    async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload) {
      const notes = isNotesDocName(documentName);
      if (!notes && !isWorkspaceDocName(documentName)) throw reason('not a workspace document');
      if (sameToken(token ?? '', tokens.editor)) return { role: 'editor' };
      if (sameToken(token ?? '', tokens.reviewer)) {
        if (!notes) connectionConfig.readOnly = true;
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
