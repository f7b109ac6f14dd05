import type { LinkIndex } from '../core/links/link-index';
import type { BroadsheetDatabase } from './broadsheet-database';
import { linkIndexOfRows, lookupKeys } from './link-rows';

/**
 * Where each of `urls` occurs in the stored issues, from the link rows' multi-entry index and the
 * issue rows' slugs, in one read transaction: never by reading the issues.
 */
export async function findLinksIn(
  db: BroadsheetDatabase,
  urls: readonly string[],
): Promise<LinkIndex> {
  const keys = lookupKeys(urls);
  if (keys.size === 0) return { byUrl: new Map() };
  const { issues, links } = db;
  return db.transaction('r', [issues, links], async () => {
    // One link, as a paste asks, is one range of the index; several need Dexie's anyOf.
    const [only] = keys;
    const matching =
      keys.size === 1 && only !== undefined
        ? links.where('urls').equals(only)
        : links
            .where('urls')
            .anyOf([...keys])
            .distinct();
    const rows = await matching.toArray();
    const ids = [...new Set(rows.map((row) => row.issueId))];
    const issueRows = await issues.bulkGet(ids);
    const slugs = new Map<string, string>();
    ids.forEach((id, i) => {
      const row = issueRows[i];
      if (row !== undefined) slugs.set(id, row.slug);
    });
    return linkIndexOfRows(rows, slugs, keys);
  });
}
