// Issues stored whole (since database version 7): an issue written archived, as an archive
// import or a restore writes it, goes into one row beside its summary row, and its links into one
// link row for the issue, instead of a head, a row per block and a link row per block. Nobody
// edits an archived issue block by block, and 500 of them were 50,000 rows to write; the first
// put of one (an edit) stores it in parts again (dexie-issue-parts.ts). These run inside a
// transaction the repository opened over the issue tables.

import type { Issue } from '../core/model/types';
import type { BroadsheetDatabase } from './broadsheet-database';
import type { IssueRow } from './dexie-records';
import { toIssueRow } from './dexie-issue-rows';
import { issueLinkRowOf } from './link-rows';

export interface WholeIssueWrite {
  issue: Issue;
  rev: number;
  archived: boolean;
  /** The stored row it replaces, if any: an issue stored in parts leaves its part rows. */
  stored: IssueRow | undefined;
}

/** Writes each issue whole, in three bulk writes, and removes the part rows of those that had. */
export async function writeWholeIssues(
  db: BroadsheetDatabase,
  writes: readonly WholeIssueWrite[],
): Promise<void> {
  if (writes.length === 0) return;
  const inParts = writes
    .filter(({ stored }) => stored !== undefined && stored.whole !== 1)
    .map(({ issue }) => issue.id);
  const rows = writes.map(({ issue, rev, archived }): IssueRow => {
    return { ...toIssueRow(issue, rev, archived), whole: 1 };
  });
  // Placed at once: the database runs them in order within the transaction, without the page
  // waiting a round trip for each.
  await Promise.all([
    db.issues.bulkPut(rows),
    db.wholeIssues.bulkPut(writes.map(({ issue }) => ({ id: issue.id, issue }))),
    db.issueLinks.bulkPut(writes.map(({ issue }, i) => issueLinkRowOf(issue, rows[i]!.slug))),
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

/** Removes the whole row and the link row of an issue stored whole. */
export async function removeWhole(db: BroadsheetDatabase, id: string): Promise<void> {
  await Promise.all([db.wholeIssues.delete(id), db.issueLinks.delete(id)]);
}
