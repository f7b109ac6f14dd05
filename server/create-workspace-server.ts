import { Server, type Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import type { ServerConfig } from './server-config';
import { openWorkspaceStore } from './workspace-store';
import { durableUpdates } from './durable-updates';
import { tokenGate } from './token-gate';
import { pageTitleRoute } from './page-title-route';
import { issueListRoute } from './issue-list-route';
import { titleFetchLimits } from './fetch-page-title';

const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * The workspace server: Hocuspocus with the token gate, the SQLite store (every update logged
 * before it is acknowledged, folded into one state by the database extension's debounced store),
 * the page-title route for pasted links, the list of a workspace's issues with their status (what
 * `broadsheet pull --ready` asks), and, with a Redis URL, the Redis extension so several
 * servers serve one workspace.
 */
export function createWorkspaceServer(config: ServerConfig): Server {
  const store = openWorkspaceStore(config.dataDir);
  const extensions: Extension[] = [
    tokenGate({ editor: config.editorToken, reviewer: config.reviewToken }),
    new Database({
      fetch: async ({ documentName }) => store.fetch(documentName),
      store: async ({ documentName, document, state }) =>
        store.fold(documentName, state, Y.snapshot(document)),
    }),
    durableUpdates(store),
    { onDestroy: async () => store.close() },
    pageTitleRoute(config.editorToken, { ...titleFetchLimits, allowPrivate: config.fetchPrivate }),
    issueListRoute(config.editorToken, store),
  ];
  if (config.redisUrl) extensions.push(new Redis(redisSettings(config.redisUrl)));
  return new Server(
    { port: config.port, address: config.host, quiet: true, stopOnSignals: true, extensions },
    // ws accepts 100 MiB messages by default, before any token is checked; an issue's whole
    // state is about 2 KiB a card (056: 28 KiB for 22 cards), so 1 MiB at 500 cards.
    { maxPayload: MAX_MESSAGE_BYTES },
  );
}

/** `redis://[user:password@]host[:port][/db]` as the Redis extension's settings. */
function redisSettings(url: string) {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.slice(1) || '0');
  return {
    host: parsed.hostname,
    port: Number(parsed.port || '6379'),
    options: {
      db,
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    },
  };
}
