// An issue's rows read straight from IndexedDB while the app's code still loads: opening the
// database through Dexie has to wait for Dexie's module and its schema (some 30-40 ms of the main
// thread on a fresh start), and the draft's read then came after it. This read needs neither; the
// editor takes its rows through the same door as Dexie's (stored-from-rows-ahead.ts).
//
// It reads only a database of the current schema version, in one read-only transaction, and
// closes its connection as soon as that is under way, so it never holds up an upgrade. Anything
// else (no database yet, an older or newer one, a missing store, an error) gives undefined, and
// the editor reads through the repository as before. It creates nothing: a database that does not
// exist stays absent, for Dexie to create with its schema.

import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from './database-name';

/** One issue's rows as stored, and the stored templates; shapes unchecked until admitted. */
export interface DraftRowsAhead {
  row: unknown;
  head: unknown;
  blocks: unknown[];
  /** The issue stored whole (an archived one), read only when its row says so. */
  whole: unknown;
  templates: unknown[];
}

const STORES = ['issues', 'issueHeads', 'issueBlocks', 'wholeIssues', 'templates'];

/** Dexie keeps its version times ten in IndexedDB, plus one if it had to patch a schema. */
function isCurrentVersion(version: number): boolean {
  return Math.floor(version / 10) === CURRENT_SCHEMA_VERSION;
}

/** Reads issue `issueId`'s rows and the templates; undefined when they cannot be read so. */
export function readDraftRowsAhead(
  factory: IDBFactory,
  issueId: string,
  name = DATABASE_NAME,
): Promise<DraftRowsAhead | undefined> {
  return new Promise((resolve) => {
    const none = () => resolve(undefined);
    try {
      const request = factory.open(name);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = none;
      request.onsuccess = () => {
        const db = request.result;
        try {
          const usable =
            isCurrentVersion(db.version) && STORES.every((s) => db.objectStoreNames.contains(s));
          if (usable) readRows(db.transaction(STORES, 'readonly'), issueId, resolve);
          else none();
        } catch {
          none();
        } finally {
          // The transaction goes on; the connection closes when it is done.
          db.close();
        }
      };
    } catch {
      none();
    }
  });
}

function readRows(
  tx: IDBTransaction,
  issueId: string,
  resolve: (rows: DraftRowsAhead | undefined) => void,
): void {
  const rows: DraftRowsAhead = {
    row: undefined,
    head: undefined,
    blocks: [],
    whole: undefined,
    templates: [],
  };
  const row = tx.objectStore('issues').get(issueId);
  row.onsuccess = () => {
    rows.row = row.result;
    if (isWhole(row.result)) {
      const whole = tx.objectStore('wholeIssues').get(issueId);
      whole.onsuccess = () => (rows.whole = whole.result);
    }
  };
  const head = tx.objectStore('issueHeads').get(issueId);
  head.onsuccess = () => (rows.head = head.result);
  const blocks = tx.objectStore('issueBlocks').index('issueId').getAll(issueId);
  blocks.onsuccess = () => (rows.blocks = blocks.result);
  const templates = tx.objectStore('templates').getAll();
  templates.onsuccess = () => (rows.templates = templates.result);
  tx.oncomplete = () => resolve(rows);
  tx.onerror = () => resolve(undefined);
  tx.onabort = () => resolve(undefined);
}

function isWhole(row: unknown): boolean {
  return typeof row === 'object' && row !== null && (row as { whole?: unknown }).whole === 1;
}
