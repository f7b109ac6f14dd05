import type { LinkOwner } from '../core/links/link-index';
import type { IssueHeadRow, IssueLinkPartRow, IssueRow, LinkRow } from './dexie-records';

/** What a lookup of links reads: the rows holding them, and the issues of the block rows. */
export interface LinkRowsFound {
  /** Link part rows of issues stored whole, each once. */
  wholeRows: IssueLinkPartRow[];
  /** Block link rows of issues stored in parts, each once. */
  blockRows: LinkRow[];
  /** The slug and template id of each issue of `blockRows` whose row is still there. */
  owners: Map<string, LinkOwner>;
}

/**
 * The rows of `idb` (the Broadsheet database, open) holding any of `keys` (normalized URLs), read
 * in one read-only transaction over the two link stores, with IndexedDB itself. Each key is one
 * request on each store's multi-entry URL index, all sent at once. Only when block rows matched
 * (a link in a draft; most pasted links match none) does a second transaction read those drafts'
 * issue rows and heads, whose slug and template id the block rows lack. The answer comes in the
 * task of the last request's success, not after the transaction completes (Dexie's transaction()
 * waits for that, a task later), and without Dexie's promise and zone machinery between the
 * requests: the first link pasted in a while runs that code cold, and a paste waits on all of it.
 */
export function readLinkRows(idb: IDBDatabase, keys: ReadonlySet<string>): Promise<LinkRowsFound> {
  return new Promise((resolve, reject) => {
    const tx = readOnly(idb, ['issueLinkParts', 'links'], reject);
    const wholeRows = new Map<string, IssueLinkPartRow>();
    const blockRows = new Map<string, LinkRow>();
    const pending = { count: keys.size * 2 };
    const done = () => {
      if (--pending.count > 0) return;
      const found = [...blockRows.values()];
      const ids = [...new Set(found.map((row) => row.issueId))];
      const answer = (owners: Map<string, LinkOwner>) =>
        resolve({ wholeRows: [...wholeRows.values()], blockRows: found, owners });
      if (ids.length === 0) answer(new Map());
      else readOwners(readOnly(idb, ['issues', 'issueHeads'], reject), ids, answer);
    };
    const parts = tx.objectStore('issueLinkParts').index('urls');
    const blocks = tx.objectStore('links').index('urls');
    for (const key of keys) {
      getAll<IssueLinkPartRow>(parts, key, (rows) => {
        for (const row of rows) wholeRows.set(JSON.stringify([row.issueId, row.part]), row);
        done();
      });
      getAll<LinkRow>(blocks, key, (rows) => {
        for (const row of rows) blockRows.set(JSON.stringify([row.issueId, row.key]), row);
        done();
      });
    }
  });
}

function readOnly(
  idb: IDBDatabase,
  stores: string[],
  reject: (error: unknown) => void,
): IDBTransaction {
  const tx = idb.transaction(stores, 'readonly');
  tx.onabort = () => reject(tx.error ?? new Error('The link lookup was aborted'));
  return tx;
}

function getAll<Row>(index: IDBIndex, key: string, then: (rows: Row[]) => void): void {
  const request = index.getAll(key);
  request.onsuccess = () => then(request.result as Row[]);
}

/** The slug (from its issue row) and template id (from its head) of each issue in parts. */
function readOwners(
  tx: IDBTransaction,
  ids: readonly string[],
  then: (owners: Map<string, LinkOwner>) => void,
): void {
  const owners = new Map<string, LinkOwner>();
  let pending = ids.length * 2;
  const rows = new Map<string, IssueRow>();
  const heads = new Map<string, IssueHeadRow>();
  const done = () => {
    if (--pending > 0) return;
    for (const [id, row] of rows) owners.set(id, ownerOf(row, heads.get(id)));
    then(owners);
  };
  const issues = tx.objectStore('issues');
  const issueHeads = tx.objectStore('issueHeads');
  for (const id of ids) {
    const row = issues.get(id);
    row.onsuccess = () => {
      if (row.result !== undefined) rows.set(id, row.result as IssueRow);
      done();
    };
    const head = issueHeads.get(id);
    head.onsuccess = () => {
      if (head.result !== undefined) heads.set(id, head.result as IssueHeadRow);
      done();
    };
  }
}

function ownerOf(row: IssueRow, head: IssueHeadRow | undefined): LinkOwner {
  const templateId = head?.head.templateId;
  return {
    issueId: row.id,
    slug: row.slug,
    ...(typeof templateId === 'string' && { templateId }),
  };
}
