// The link rows of the persistent link index (since database version 5): one per stored block,
// written and removed with the block, so saving an issue updates the index by the blocks that
// changed and nothing is ever rebuilt from every issue. An issue stored whole (since version 7)
// has one link row for all its links instead, written and removed with it.

import {
  blockLinks,
  issueLinks,
  type LinkIndex,
  type LinkOccurrence,
} from '../core/links/link-index';
import { normalizeUrl } from '../core/links/normalize-url';
import type { Block, Issue } from '../core/model/types';
import type { BlockLink, IssueLinkRow, LinkRow } from './dexie-records';

/** The links as a row keeps them (without the issue's id and slug), and their keys, each once. */
function rowLinks(occurrences: readonly LinkOccurrence[]): Pick<LinkRow, 'urls' | 'links'> {
  const links = occurrences
    .filter((occurrence) => occurrence.url.trim() !== '')
    .map(({ issueId: _issue, slug: _slug, ...link }): BlockLink => link);
  return { urls: [...new Set(links.map((link) => normalizeUrl(link.url)))], links };
}

export function linkRowOf(issueId: string, key: string, block: Block): LinkRow {
  return { issueId, key, ...rowLinks(blockLinks(block, { issueId, slug: '' })) };
}

/** The one link row of an issue stored whole: every link of it, in document order. */
export function issueLinkRowOf(issue: Issue): IssueLinkRow {
  return { issueId: issue.id, ...rowLinks(issueLinks(issue)) };
}

/**
 * The occurrences of the looked-up links (`keys`, normalized) in `rows`, by normalized URL. An
 * issue without a slug in `slugs` (its row is gone) is left out.
 */
export function linkIndexOfRows(
  rows: readonly Pick<LinkRow, 'issueId' | 'links'>[],
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
