import type { LinkIndex } from '../core/links/link-index';
import type { BroadsheetDatabase } from './broadsheet-database';
import { linkIndexOfRows, lookupKeys } from './link-rows';
import { readLinkRows } from './read-link-rows';

/**
 * Where each of `urls` occurs in the stored issues, never by reading the issues: from the
 * multi-entry index of the link part rows of issues stored whole (a few URLs to a row, each with
 * its issue's slug and template id) and that of the block link rows of issues stored in parts
 * (whose slugs and template ids come from their issue rows and heads, read only when some
 * matched), in one read-only transaction whether an opened issue asks for all its links or a
 * paste for one (read-link-rows.ts).
 */
export async function findLinksIn(
  db: BroadsheetDatabase,
  urls: readonly string[],
): Promise<LinkIndex> {
  const keys = lookupKeys(urls);
  if (keys.size === 0) return { byUrl: new Map() };
  if (!db.isOpen()) await db.open();
  const rows = await readLinkRows(db.backendDB(), keys);
  return linkIndexOfRows(rows.wholeRows, rows.blockRows, rows.owners, keys);
}
