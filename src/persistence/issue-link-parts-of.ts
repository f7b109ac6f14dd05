import type { IssueLinkPartRow, IssueLinkRow } from './dexie-records';

/**
 * URLs to a link part row. A paste reads every row holding its URL whole: with one row per issue
 * (every link of it, about 70 URLs in an archived issue) a URL featured in 18 issues read some
 * 350 kB for a few links. Eight to a row reads a ninth of that, and an archive of 500 issues
 * is some 4,500 rows to write instead of 500 (per-URL rows, 34,000, took seconds more to import).
 */
export const URLS_PER_PART = 8;

/**
 * The link part rows of an issue stored whole (since version 9): its link row cut into rows of
 * URLS_PER_PART URLs in document order, each with the issue's slug and template id.
 */
export function issueLinkPartsOf(row: IssueLinkRow): IssueLinkPartRow[] {
  const parts: IssueLinkPartRow[] = [];
  for (let start = 0; start < row.urls.length; start += URLS_PER_PART) {
    parts.push({
      ...row,
      part: parts.length,
      urls: row.urls.slice(start, start + URLS_PER_PART),
      links: row.links.slice(start, start + URLS_PER_PART),
    });
  }
  return parts;
}
