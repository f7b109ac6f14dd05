import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface WorkspaceConnection {
  /** ws:// or wss:// address of the workspace server. */
  server: string;
  /** The document's name, `<workspace>/<slug>`. */
  name: string;
  token: string;
  /** How long to wait for the server's first answer. */
  timeoutMs?: number;
  /** The shortest wait before reconnecting after the connection drops (1 s by default). */
  reconnectDelayMs?: number;
}

/** The server refused the token (or the document name); nothing was read or written. */
export class WorkspaceRefusedError extends Error {}

/** The server did not answer: not running, wrong address, or too slow. */
export class WorkspaceUnreachableError extends Error {}

export interface OpenWorkspaceDoc {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Whether the server took the token as a reviewer's: it reads, and drops what it is sent. */
  readOnly(): boolean;
  /** Resolves once the server has acknowledged every update sent so far. */
  acknowledged(): Promise<void>;
  close(): void;
}

/**
 * Opens an issue document on the workspace server from Node (the Hocuspocus provider over the
 * `ws` package) and resolves once it holds the server's copy. Rejects with WorkspaceRefusedError
 * or WorkspaceUnreachableError; either way the connection is closed.
 */
export function openWorkspaceDoc(connection: WorkspaceConnection): Promise<OpenWorkspaceDoc> {
  const opened = connect(connection);
  const { provider } = opened;
  return new Promise<OpenWorkspaceDoc>((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!error) return resolve(opened);
      opened.close();
      reject(error);
    };
    const timer = setTimeout(
      () => settle(new WorkspaceUnreachableError(`no answer from ${connection.server}`)),
      connection.timeoutMs ?? 10_000,
    );
    provider.on('synced', () => settle());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      settle(new WorkspaceRefusedError(`the server refused the token (${reason})`)),
    );
    provider.on('close', () =>
      settle(new WorkspaceUnreachableError(`cannot reach ${connection.server}`)),
    );
  });
}

function connect(connection: WorkspaceConnection): OpenWorkspaceDoc {
  const delay = connection.reconnectDelayMs ?? 1000;
  const socket = new HocuspocusProviderWebsocket({
    url: connection.server,
    WebSocketPolyfill: WebSocket,
    delay,
    minDelay: delay,
    maxDelay: delay * 4,
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: connection.name,
    token: connection.token,
    document: doc,
  });
  provider.attach();
  const close = () => {
    provider.destroy();
    socket.destroy();
  };
  return {
    doc,
    provider,
    readOnly: () => provider.authorizedScope === 'readonly',
    acknowledged: () => acknowledged(provider),
    close,
  };
}

function acknowledged(provider: HocuspocusProvider): Promise<void> {
  if (provider.unsyncedChanges === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const check = ({ number }: { number: number }) => {
      if (number !== 0) return;
      provider.off('unsyncedChanges', check);
      resolve();
    };
    provider.on('unsyncedChanges', check);
  });
}
