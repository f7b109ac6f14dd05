import type { Table } from 'dexie';
import type { LinkIndex, LinkOwner } from '../core/links/link-index';
import type { BroadsheetDatabase } from './broadsheet-database';
import type { IssueLinkPartRow, LinkRow } from './dexie-records';
import { linkIndexOfRows, lookupKeys } from './link-rows';

/**
 * Where each of `urls` occurs in the stored issues, never by reading the issues: from the
 * multi-entry index of the link part rows of issues stored whole (a few URLs to a row, each with
 * its issue's slug and template id) and that of the block link rows of issues stored in parts
 * (whose slugs and template ids come from their issue rows and heads, read only when some
 * matched). An opened issue asks for all its links in one transaction. A paste asks one link: its
 * two index reads go out at once, each in a read-only transaction of its own, which Dexie answers
 * without waiting for the transaction to complete (a task later, after whatever else the page is
 * doing then).
 */
export async function findLinksIn(
  db: BroadsheetDatabase,
  urls: readonly string[],
): Promise<LinkIndex> {
  const keys = lookupKeys(urls);
  if (keys.size === 0) return { byUrl: new Map() };
  const { issues, issueHeads, links, issueLinkParts } = db;
  const tables = [issues, issueHeads, links, issueLinkParts];
  const read = () => readRows(db, keys);
  const rows = keys.size === 1 ? await read() : await db.transaction('r', tables, read);
  return linkIndexOfRows(rows.wholeRows, rows.blockRows, rows.owners, keys);
}

async function readRows(db: BroadsheetDatabase, keys: ReadonlySet<string>) {
  const [wholeRows, blockRows] = await Promise.all([
    rowsHolding<IssueLinkPartRow, [string, number]>(db.issueLinkParts, keys, (row) =>
      JSON.stringify([row.issueId, row.part]),
    ),
    rowsHolding<LinkRow, [string, string]>(db.links, keys, (row) =>
      JSON.stringify([row.issueId, row.key]),
    ),
  ]);
  const inParts = [...new Set(blockRows.map((row) => row.issueId))];
  return { wholeRows, blockRows, owners: await ownersInParts(db, inParts) };
}

/** The slug (from its summary row) and template id (from its head) of each issue in parts. */
async function ownersInParts(
  db: BroadsheetDatabase,
  ids: string[],
): Promise<Map<string, LinkOwner>> {
  const owners = new Map<string, LinkOwner>();
  if (ids.length === 0) return owners;
  const [rows, heads] = await Promise.all([db.issues.bulkGet(ids), db.issueHeads.bulkGet(ids)]);
  rows.forEach((row, i) => {
    if (row === undefined) return;
    const templateId = heads[i]?.head.templateId;
    owners.set(row.id, {
      issueId: row.id,
      slug: row.slug,
      ...(typeof templateId === 'string' && { templateId }),
    });
  });
  return owners;
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
