// The link rows of the persistent link index (since database version 5): one per stored block,
// written and removed with the block, so saving an issue updates the index by the blocks that
// changed and nothing is ever rebuilt from every issue. An issue stored whole (since version 7)
// has one link row for all its links instead, written and removed with it, which carries the
// issue's slug and template id as the issue had them when written; since version 9 that row is
// stored cut into part rows of a few URLs each (issue-link-parts-of.ts).

import {
  blockLinks,
  issueLinks,
  type LinkIndex,
  type LinkOccurrence,
  type LinkOwner,
} from '../core/links/link-index';
import { normalizeUrl } from '../core/links/normalize-url';
import type { Block, Issue } from '../core/model/types';
import type { BlockLink, IssueLinkRow, LinkRow } from './dexie-records';

/** A link as a row keeps it: without the issue's id, slug and template, which are the row's. */
function rowLink({
  issueId: _issue,
  slug: _slug,
  templateId: _template,
  ...link
}: LinkOccurrence): BlockLink {
  return link;
}

export function linkRowOf(issueId: string, key: string, block: Block): LinkRow {
  const links = blockLinks(block, { issueId, slug: '' })
    .filter((occurrence) => occurrence.url.trim() !== '')
    .map(rowLink);
  return { issueId, key, urls: [...new Set(links.map((link) => normalizeUrl(link.url)))], links };
}

/** The one link row of an issue stored whole: every link of it, grouped by normalized URL. */
export function issueLinkRowOf(issue: Issue, slug: string): IssueLinkRow {
  const byUrl = new Map<string, BlockLink[]>();
  for (const occurrence of issueLinks(issue)) {
    const key = normalizeUrl(occurrence.url);
    const links = byUrl.get(key);
    if (links === undefined) byUrl.set(key, [rowLink(occurrence)]);
    else links.push(rowLink(occurrence));
  }
  return {
    issueId: issue.id,
    slug,
    ...(issue.templateId !== undefined && { templateId: issue.templateId }),
    urls: [...byUrl.keys()],
    links: [...byUrl.values()],
  };
}

/**
 * The occurrences of the looked-up links (`keys`, normalized) in the link rows (or link part
 * rows) of issues stored whole and in block link rows, by normalized URL. `owners` gives the
 * issue of a block row (its slug and template id); a block row whose issue is not in `owners`
 * (its row is gone) is left out.
 */
export function linkIndexOfRows(
  wholeRows: readonly IssueLinkRow[],
  blockRows: readonly LinkRow[],
  owners: ReadonlyMap<string, LinkOwner>,
  keys: ReadonlySet<string>,
): LinkIndex {
  const byUrl = new Map<string, LinkOccurrence[]>();
  const add = (key: string, links: readonly BlockLink[], owner: LinkOwner) => {
    const found = links.map((link) => ({ ...link, ...owner }));
    byUrl.set(key, [...(byUrl.get(key) ?? []), ...found]);
  };
  for (const row of wholeRows) {
    const owner = wholeRowOwner(row);
    row.urls.forEach((key, i) => {
      if (keys.has(key)) add(key, row.links[i] ?? [], owner);
    });
  }
  for (const row of blockRows) {
    const owner = owners.get(row.issueId);
    if (owner === undefined) continue;
    for (const link of row.links) {
      const key = normalizeUrl(link.url);
      if (keys.has(key)) add(key, [link], owner);
    }
  }
  return { byUrl };
}

/** The issue of a link row of an issue stored whole: the row's id, slug and template id. */
function wholeRowOwner({ issueId, slug, templateId }: IssueLinkRow): LinkOwner {
  return { issueId, slug, ...(templateId !== undefined && { templateId }) };
}

/** The distinct, non-empty normalized keys of the URLs looked up. */
export function lookupKeys(urls: readonly string[]): Set<string> {
  return new Set(urls.map(normalizeUrl).filter((key) => key !== ''));
}
