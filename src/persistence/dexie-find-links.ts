import type { Collection, Table } from 'dexie';
import type { LinkIndex } from '../core/links/link-index';
import type { BroadsheetDatabase } from './broadsheet-database';
import { linkIndexOfRows, lookupKeys } from './link-rows';

/**
 * Where each of `urls` occurs in the stored issues, from the multi-entry index of the block link
 * rows and that of the link rows of issues stored whole, and the issue rows' slugs, in one read
 * transaction: never by reading the issues.
 */
export async function findLinksIn(
  db: BroadsheetDatabase,
  urls: readonly string[],
): Promise<LinkIndex> {
  const keys = lookupKeys(urls);
  if (keys.size === 0) return { byUrl: new Map() };
  const { issues, links, issueLinks } = db;
  return db.transaction('r', [issues, links, issueLinks], async () => {
    const [blockRows, issueRows] = await Promise.all([
      matching(links, keys).toArray(),
      matching(issueLinks, keys).toArray(),
    ]);
    const rows = [...issueRows, ...blockRows];
    const ids = [...new Set(rows.map((row) => row.issueId))];
    const stored = await issues.bulkGet(ids);
    const slugs = new Map<string, string>();
    ids.forEach((id, i) => {
      const row = stored[i];
      if (row !== undefined) slugs.set(id, row.slug);
    });
    return linkIndexOfRows(rows, slugs, keys);
  });
}

/** The rows whose `urls` hold any of `keys`, each once. */
function matching<Row, Key>(
  table: Table<Row, Key>,
  keys: ReadonlySet<string>,
): Collection<Row, Key> {
  // One link, as a paste asks, is one range of the index; several need Dexie's anyOf.
  const [only] = keys;
  if (keys.size === 1 && only !== undefined) return table.where('urls').equals(only);
  return table
    .where('urls')
    .anyOf([...keys])
    .distinct();
}
