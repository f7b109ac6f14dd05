import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, onRequestPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { isWorkspaceDocName } from '../src/core/collab/is-workspace-doc-name';
import { readIssueFromDoc } from '../src/core/collab/read-issue-from-doc';
import { workspaceDocName } from '../src/core/collab/workspace-doc-name';
import type { IssueStatus } from '../src/core/model/types';
import { sameToken } from './same-token';
import type { WorkspaceStore } from './workspace-store';

export interface ListedIssue {
  slug: string;
  status: IssueStatus;
}

/**
 * `GET /issues?workspace=NAME` with `Authorization: Bearer <editor token>`: the workspace's issues
 * as JSON `{ issues: [{ slug, status }] }`, sorted by slug, read from the store (every update is
 * logged there before it is acknowledged, so this is what the editors have). Read-only, and
 * gated as `/title` is: without the editor token the answer is 401 and nothing is read. A
 * document that does not read as an issue is left out; notes documents are not issues.
 */
export function issueListRoute(editorToken: string, store: WorkspaceStore): Extension {
  return {
    async onRequest({ request, response }: onRequestPayload) {
      const url = new URL(request.url ?? '/', 'http://server');
      if (url.pathname !== '/issues') return;
      answer(request, response, url, editorToken, store);
      // A rejection without an error tells Hocuspocus the request was answered.
      throw null;
    },
  };
}

function answer(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  editorToken: string,
  store: WorkspaceStore,
): void {
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('access-control-allow-headers', 'authorization');
  response.setHeader('access-control-allow-methods', 'GET');
  if (request.method === 'OPTIONS') return send(response, 204);
  if (request.method !== 'GET') return send(response, 405, { message: 'Use GET.' });
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  if (!sameToken(token, editorToken)) return send(response, 401, { message: 'Not allowed.' });
  const workspace = url.searchParams.get('workspace') ?? '';
  try {
    workspaceDocName(workspace, 'x');
  } catch (error) {
    return send(response, 400, { message: error instanceof Error ? error.message : 'Bad name.' });
  }
  send(response, 200, { issues: listIssues(store, workspace) });
}

function listIssues(store: WorkspaceStore, workspace: string): ListedIssue[] {
  return store
    .names(`${workspace}/`)
    .filter(isWorkspaceDocName)
    .flatMap((name) => {
      const status = statusOf(store.fetch(name));
      return status ? [{ slug: name.slice(workspace.length + 1), status }] : [];
    });
}

function statusOf(state: Uint8Array | null): IssueStatus | undefined {
  if (state === null) return undefined;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readIssueFromDoc(doc)?.status;
  } catch {
    return undefined;
  } finally {
    doc.destroy();
  }
}

function send(response: ServerResponse, status: number, body?: object): void {
  response.writeHead(status, body ? { 'content-type': 'application/json' } : {});
  response.end(body ? JSON.stringify(body) : undefined);
}
