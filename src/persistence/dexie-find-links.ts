import type { Table } from 'dexie';
import type { LinkIndex } from '../core/links/link-index';
import type { BroadsheetDatabase } from './broadsheet-database';
import type { IssueLinkRow, LinkRow } from './dexie-records';
import { linkIndexOfRows, lookupKeys } from './link-rows';

/**
 * Where each of `urls` occurs in the stored issues, never by reading the issues: from the
 * multi-entry index of the link rows of issues stored whole (which carry their issue's slug) and
 * that of the block link rows of issues stored in parts (whose slugs come from their issue rows,
 * read only when some matched). An opened issue asks for all its links in one transaction. A
 * paste asks one link: its two index reads go out at once, each in a read-only transaction of its
 * own, which Dexie answers without waiting for the transaction to complete (a task later, after
 * whatever else the page is doing then).
 */
export async function findLinksIn(
  db: BroadsheetDatabase,
  urls: readonly string[],
): Promise<LinkIndex> {
  const keys = lookupKeys(urls);
  if (keys.size === 0) return { byUrl: new Map() };
  const { issues, links, issueLinks } = db;
  const read = () => readRows(db, keys);
  const rows =
    keys.size === 1 ? await read() : await db.transaction('r', [issues, links, issueLinks], read);
  return linkIndexOfRows(rows.wholeRows, rows.blockRows, rows.slugs, keys);
}

async function readRows(db: BroadsheetDatabase, keys: ReadonlySet<string>) {
  const [wholeRows, blockRows] = await Promise.all([
    rowsHolding<IssueLinkRow, string>(db.issueLinks, keys, (row) => row.issueId),
    rowsHolding<LinkRow, [string, string]>(db.links, keys, (row) =>
      JSON.stringify([row.issueId, row.key]),
    ),
  ]);
  const slugs = new Map<string, string>();
  const inParts = [...new Set(blockRows.map((row) => row.issueId))];
  if (inParts.length > 0) {
    for (const row of await db.issues.bulkGet(inParts))
      if (row !== undefined) slugs.set(row.id, row.slug);
  }
  return { wholeRows, blockRows, slugs };
}

/**
 * The rows whose `urls` hold any of `keys`, each once. Each key is one range of the index, all
 * asked at once: Dexie's anyOf walks a cursor a row at a time instead, a round trip per row.
 */
async function rowsHolding<Row extends { urls: string[] }, Key>(
  table: Table<Row, Key>,
  keys: ReadonlySet<string>,
  identity: (row: Row) => string,
): Promise<Row[]> {
  const found = await Promise.all(
    [...keys].map((key) => table.where('urls').equals(key).toArray()),
  );
  const rows = new Map<string, Row>();
  for (const row of found.flat()) rows.set(identity(row), row);
  return [...rows.values()];
}
