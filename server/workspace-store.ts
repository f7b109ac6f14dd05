import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/**
 * Where the server keeps each issue document: SQLite in one file in the data folder. Every update
 * a client sends is appended before the server acknowledges it, so an acknowledged edit survives
 * the process being killed; the debounced store folds the log into one state per document.
 */
export interface WorkspaceStore {
  /** The document's state: the last folded state merged with the updates logged since. */
  fetch(name: string): Uint8Array | null;
  append(name: string, update: Uint8Array): void;
  /** The names of the documents stored or logged whose name starts with `prefix`, sorted. */
  names(prefix: string): string[];
  /** Keeps `state` as the document's state and drops the logged updates it already holds. */
  fold(name: string, state: Uint8Array, snapshot: Y.Snapshot): void;
  close(): void;
}

const schema = `
  CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY, state BLOB NOT NULL, stored_at INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
  CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, seq);`;

export function openWorkspaceStore(folder: string): WorkspaceStore {
  mkdirSync(folder, { recursive: true });
  const db = new Database(join(folder, 'workspace.sqlite3'));
  // WAL with NORMAL sync: a committed write survives the process dying; several server processes
  // may share the file (each takes SQLite's lock for its writes).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  const readState = db.prepare<[string], { state: Buffer }>(
    'SELECT state FROM documents WHERE name = ?',
  );
  const readLog = db.prepare<[string], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM updates WHERE name = ? ORDER BY seq',
  );
  const insert = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const upsert = db.prepare(
    `INSERT INTO documents (name, state, stored_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at`,
  );
  const drop = db.prepare('DELETE FROM updates WHERE seq = ?');
  const listNames = db.prepare<[number, string, number, string], { name: string }>(
    `SELECT name FROM documents WHERE substr(name, 1, ?) = ?
     UNION SELECT name FROM updates WHERE substr(name, 1, ?) = ? ORDER BY name`,
  );
  const fold = db.transaction((name: string, state: Uint8Array, snapshot: Y.Snapshot) => {
    upsert.run(name, state, Date.now());
    // Only what the state holds: another server sharing the file may have logged an update this
    // one has not received yet.
    for (const row of readLog.all(name)) {
      if (Y.snapshotContainsUpdate(snapshot, row.data)) drop.run(row.seq);
    }
  });
  return {
    fetch(name) {
      const parts = [readState.get(name)?.state, ...readLog.all(name).map((row) => row.data)];
      const present = parts.filter((part): part is Buffer => part !== undefined);
      return present.length === 0 ? null : Y.mergeUpdates(present);
    },
    append(name, update) {
      insert.run(name, update);
    },
    names(prefix) {
      return listNames.all(prefix.length, prefix, prefix.length, prefix).map((row) => row.name);
    },
    fold,
    close() {
      db.close();
    },
  };
}
