// The link rows of the persistent link index (since database version 5): one per stored block,
// written and removed with the block, so saving an issue updates the index by the blocks that
// changed and nothing is ever rebuilt from every issue.

import { blockLinks, type LinkIndex, type LinkOccurrence } from '../core/links/link-index';
import { normalizeUrl } from '../core/links/normalize-url';
import type { Block } from '../core/model/types';
import type { BlockLink, LinkRow } from './dexie-records';

export function linkRowOf(issueId: string, key: string, block: Block): LinkRow {
  const links = blockLinks(block, { issueId, slug: '' })
    .filter((occurrence) => occurrence.url.trim() !== '')
    .map(({ issueId: _issue, slug: _slug, ...link }): BlockLink => link);
  return { issueId, key, urls: [...new Set(links.map((link) => normalizeUrl(link.url)))], links };
}

/**
 * The occurrences of the looked-up links (`keys`, normalized) in `rows`, by normalized URL. An
 * issue without a slug in `slugs` (its row is gone) is left out.
 */
export function linkIndexOfRows(
  rows: readonly LinkRow[],
  slugs: ReadonlyMap<string, string>,
  keys: ReadonlySet<string>,
): LinkIndex {
  const byUrl = new Map<string, LinkOccurrence[]>();
  for (const row of rows) {
    const slug = slugs.get(row.issueId);
    if (slug === undefined) continue;
    for (const link of row.links) {
      const key = normalizeUrl(link.url);
      if (!keys.has(key)) continue;
      const occurrence = { ...link, issueId: row.issueId, slug };
      const list = byUrl.get(key);
      if (list === undefined) byUrl.set(key, [occurrence]);
      else list.push(occurrence);
    }
  }
  return { byUrl };
}

/** The distinct, non-empty normalized keys of the URLs looked up. */
export function lookupKeys(urls: readonly string[]): Set<string> {
  return new Set(urls.map(normalizeUrl).filter((key) => key !== ''));
}
