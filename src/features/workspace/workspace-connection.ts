import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';

/** How the document stands with the server; 'read-only': let in with a reviewer's token. */
export type ConnectionState = 'connecting' | 'connected' | 'read-only' | 'offline' | 'refused';

export interface WorkspaceConnection {
  provider: HocuspocusProvider;
  state(): ConnectionState;
  /** Calls `listener` whenever the state or the count of unsent changes moves. */
  onChange(listener: () => void): () => void;
  /** Changes sent and not yet acknowledged by the server. */
  unsent(): number;
  close(): void;
}

/**
 * Connects a document to the workspace server through the Hocuspocus provider. The browser's
 * own offline and online events drop and restore the connection at once (the socket's own retry
 * would wait for its next attempt); a token the server refuses is a state of its own, kept until
 * a later attempt is let in.
 */
export function connectWorkspaceDoc(
  server: string,
  name: string,
  token: string,
  doc: Y.Doc,
): WorkspaceConnection {
  const socket = new HocuspocusProviderWebsocket({
    url: server,
    delay: 500,
    factor: 1.5,
    minDelay: 500,
    maxDelay: 4000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
  });
  provider.attach();
  let state: ConnectionState = navigator.onLine ? 'connecting' : 'offline';
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const set = (next: ConnectionState) => {
    if (state === next) return;
    state = next;
    changed();
  };
  provider.on('authenticated', ({ scope }: { scope: string }) =>
    set(scope === 'readonly' ? 'read-only' : 'connected'),
  );
  provider.on('authenticationFailed', () => set('refused'));
  provider.on('unsyncedChanges', changed);
  provider.on('status', ({ status }: { status: string }) => {
    if (status === 'disconnected' && state !== 'refused') set('offline');
  });
  const offline = () => {
    set('offline');
    socket.disconnect();
  };
  const online = () => {
    set('connecting');
    void socket.connect();
  };
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return {
    provider,
    state: () => state,
    unsent: () => provider.unsyncedChanges,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      listeners.clear();
      provider.destroy();
      socket.destroy();
    },
  };
}
