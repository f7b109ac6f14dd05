// Reads and writes the rows of one issue (its summary row, head, blocks and their link rows)
// inside a transaction the repository opened over the issue tables. A block's link row is written
// and removed with the block. An issue stored whole (dexie-whole-issues.ts) is read from its one
// row, and stored in parts at its next put.

import type { Block, Issue } from '../core/model/types';
import type { BroadsheetDatabase } from './broadsheet-database';
import { toIssueRow, toStoredFromRows } from './dexie-issue-rows';
import type { IssueRow } from './dexie-records';
import type { StoredIssue } from './issue-repository';
import type { IssuePart, SplitIssue } from './issue-parts';
import { changesAgainst, type PartChanges } from './part-cache';
import { linkRowOf } from './link-rows';
import { removeWhole } from './dexie-whole-issues';

export async function readIssue(
  db: BroadsheetDatabase,
  id: string,
): Promise<StoredIssue | undefined> {
  // The three reads go out together: one round trip to the database instead of two, which an
  // issue's opening waits on. An issue stored whole has no head or blocks, so its two extra
  // reads find nothing.
  const [row, head, blocks] = await Promise.all([
    db.issues.get(id),
    db.issueHeads.get(id),
    db.issueBlocks.where('issueId').equals(id).toArray(),
  ]);
  const whole = row?.whole === 1 ? await db.wholeIssues.get(id) : undefined;
  return toStoredFromRows(row, head, blocks, whole);
}

/** Every part written anew, and the stored ones the issue no longer has removed. */
export async function allParts(
  db: BroadsheetDatabase,
  issueId: string,
  parts: readonly IssuePart[],
): Promise<PartChanges> {
  const stored = await db.issueBlocks.where('issueId').equals(issueId).primaryKeys();
  const keep = new Set(parts.map((part) => part.key));
  return { write: [...parts], remove: stored.map(([, key]) => key).filter((k) => !keep.has(k)) };
}

/**
 * The parts whose content differs from what is stored, and the stored ones the issue no longer
 * has: for a put this repository cannot vouch for (its first save of an issue it did not write
 * this session, or after another tab's). Reading the stored blocks costs far less than writing
 * them all again: the first save of a 500-card issue went from ~60 ms of work on the page to a
 * few. Also returns the stored blocks by key, to remember as what is now stored.
 */
export async function storedChanges(
  db: BroadsheetDatabase,
  issueId: string,
  parts: readonly IssuePart[],
): Promise<{ changes: PartChanges; basis: ReadonlyMap<string, Block> }> {
  const rows = await db.issueBlocks.where('issueId').equals(issueId).toArray();
  const basis = new Map(rows.map((row) => [row.key, row.block]));
  return { changes: changesAgainst(basis, parts), basis };
}

export interface IssueWrite {
  issue: Issue;
  split: SplitIssue;
  rev: number;
  archived: boolean;
  changes: PartChanges;
  stamp?: string;
  /** The issue is stored whole: its whole row and link row go as its parts are written. */
  fromWhole?: boolean;
}

export async function writeIssue(db: BroadsheetDatabase, write: IssueWrite): Promise<void> {
  const { issue, split, changes } = write;
  const row: IssueRow = toIssueRow(issue, write.rev, write.archived);
  const removed = changes.remove.map((key): [string, string] => [issue.id, key]);
  if (write.stamp !== undefined) row.stamp = write.stamp;
  // Placed at once rather than one after the other: the database runs them in this order within
  // the transaction, and the page does not wait a round trip for each.
  await Promise.all([
    db.issues.put(row),
    db.issueHeads.put({ id: issue.id, head: split.head }),
    removed.length > 0 ? db.issueBlocks.bulkDelete(removed) : undefined,
    removed.length > 0 ? db.links.bulkDelete(removed) : undefined,
    changes.write.length > 0
      ? db.issueBlocks.bulkPut(
          changes.write.map(({ key, block }) => ({ issueId: issue.id, key, block })),
        )
      : undefined,
    changes.write.length > 0
      ? db.links.bulkPut(changes.write.map(({ key, block }) => linkRowOf(issue.id, key, block)))
      : undefined,
    write.fromWhole === true ? removeWhole(db, issue.id) : undefined,
  ]);
}

export async function removeIssue(db: BroadsheetDatabase, id: string): Promise<void> {
  await db.issues.delete(id);
  await db.issueHeads.delete(id);
  await db.issueBlocks.where('issueId').equals(id).delete();
  await db.links.where('issueId').equals(id).delete();
  await removeWhole(db, id);
}
