// Issues stored whole (since database version 7): an issue written archived, as an archive
// import or a restore writes it, goes into one row beside its summary row, and its links into one
// link row for the issue, instead of a head, a row per block and a link row per block. Nobody
// edits an archived issue block by block, and 500 of them were 50,000 rows to write; the first
// put of one (an edit) stores it in parts again (dexie-issue-parts.ts). Since version 9 its links
// go a few URLs to a row (issue-link-parts-of.ts). These run inside a transaction the repository
// opened over the issue tables.

import { Dexie } from 'dexie';
import type { Issue } from '../core/model/types';
import type { BroadsheetDatabase } from './broadsheet-database';
import type { IssueRow } from './dexie-records';
import { toIssueRow } from './dexie-issue-rows';
import { issueLinkRowOf } from './link-rows';
import { issueLinkPartsOf } from './issue-link-parts-of';

export interface WholeIssueWrite {
  issue: Issue;
  rev: number;
  archived: boolean;
  /** The stored row it replaces, if any: an issue stored in parts leaves its part rows. */
  stored: IssueRow | undefined;
}

/**
 * Writes each issue whole, in three bulk writes, and removes the part rows of those that had and
 * the link parts of those stored whole before (an issue may now have fewer).
 */
export async function writeWholeIssues(
  db: BroadsheetDatabase,
  writes: readonly WholeIssueWrite[],
): Promise<void> {
  if (writes.length === 0) return;
  const inParts = writes
    .filter(({ stored }) => stored !== undefined && stored.whole !== 1)
    .map(({ issue }) => issue.id);
  const wasWhole = writes.filter(({ stored }) => stored?.whole === 1).map(({ issue }) => issue.id);
  const rows = writes.map(({ issue, rev, archived }): IssueRow => {
    return { ...toIssueRow(issue, rev, archived), whole: 1 };
  });
  // Placed at once: the database runs them in order within the transaction, without the page
  // waiting a round trip for each.
  const linkParts = writes.flatMap(({ issue }, i) =>
    issueLinkPartsOf(issueLinkRowOf(issue, rows[i]!.slug)),
  );
  await Promise.all([
    ...wasWhole.map((id) => linkPartsOf(db, id).delete()),
    db.issues.bulkPut(rows),
    db.wholeIssues.bulkPut(writes.map(({ issue }) => ({ id: issue.id, issue }))),
    db.issueLinkParts.bulkPut(linkParts),
    inParts.length > 0 ? removeParts(db, inParts) : undefined,
  ]);
}

/** Removes the head, block and link rows of issues stored in parts. */
export async function removeParts(db: BroadsheetDatabase, ids: readonly string[]): Promise<void> {
  await Promise.all([
    db.issueHeads.bulkDelete([...ids]),
    db.issueBlocks
      .where('issueId')
      .anyOf([...ids])
      .delete(),
    db.links
      .where('issueId')
      .anyOf([...ids])
      .delete(),
  ]);
}

/** Removes the whole row and the link part rows of an issue stored whole. */
export async function removeWhole(db: BroadsheetDatabase, id: string): Promise<void> {
  await Promise.all([db.wholeIssues.delete(id), linkPartsOf(db, id).delete()]);
}

/** The link part rows of one issue: a range of the primary key. */
function linkPartsOf(db: BroadsheetDatabase, id: string) {
  return db.issueLinkParts.where('[issueId+part]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
}
