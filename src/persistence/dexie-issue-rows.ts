// Conversions between the model and the Dexie rows. Everything read back passes the issue
// schema's door (admitIssue): a damaged row surfaces as an InvalidRecordError naming the field,
// not as a crash somewhere in the editor.

import type { Issue } from '../core/model/types';
import type { IssueSummary, Revision, StoredIssue } from './issue-repository';
import type {
  IssueBlockRow,
  IssueHeadRow,
  IssueRow,
  RevisionRow,
  SnapshotRow,
  WholeIssueRow,
} from './dexie-records';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { joinIssue } from './issue-parts';
import { summarizeIssue } from './issue-summary-fields';
import { admitIssue } from '../core/model/schema/admit-issue';
import { statusSetByName } from '../core/model/schema/status-set-by-name';

export function toIssueRow(issue: Issue, rev: number, archived: boolean): IssueRow {
  return { id: issue.id, rev, ...summarizeIssue(issue), archived: archived ? 1 : 0 };
}

/**
 * A row as toIssueRow writes it since the library shows who set a status and when: the summary's
 * fields, these two among them (not indexed, so no schema version added them; a row written
 * before has neither until its issue is written again). Read as unknown: rows are not checked.
 */
type StampedRow = IssueRow & { statusChangedAt?: unknown; statusSetBy?: unknown };

export function toSummary(row: StampedRow): IssueSummary {
  const { id, title, slug, status, date, cardCount, updatedAt, rev } = row;
  const archived = row.archived === 1;
  const summary: IssueSummary = {
    id,
    title,
    slug,
    status,
    date,
    cardCount,
    updatedAt,
    rev,
    archived,
  };
  if (typeof row.statusChangedAt === 'number') summary.statusChangedAt = row.statusChangedAt;
  const setBy = statusSetByName(row.statusSetBy);
  if (setBy !== undefined) summary.statusSetBy = setBy;
  return summary;
}

export function toStoredIssue(
  row: IssueRow | undefined,
  head: IssueHeadRow | undefined,
  blocks: readonly IssueBlockRow[],
): StoredIssue | undefined {
  if (row === undefined) return undefined;
  const path = `issues[${JSON.stringify(row.id)}]`;
  if (head === undefined) throw new InvalidRecordError(path, 'the issue body is missing');
  const byKey = new Map<string, unknown>(blocks.map((part) => [part.key, part.block]));
  const issue = admitIssue(joinIssue(head.head, byKey, path), { path });
  return { issue, rev: row.rev, archived: row.archived === 1 };
}

/** An issue stored whole (since version 7), read back through the same door. */
export function toStoredWhole(
  row: IssueRow,
  whole: WholeIssueRow | undefined,
): StoredIssue | undefined {
  const path = `issues[${JSON.stringify(row.id)}]`;
  if (whole === undefined) throw new InvalidRecordError(path, 'the issue body is missing');
  const issue = admitIssue(whole.issue, { path });
  return { issue, rev: row.rev, archived: row.archived === 1 };
}

/**
 * The stored issue an issue's rows make: from its whole row when its summary row says it is
 * stored whole, else from its head and block rows; undefined when there is no summary row.
 */
export function toStoredFromRows(
  row: IssueRow | undefined,
  head: IssueHeadRow | undefined,
  blocks: readonly IssueBlockRow[],
  whole: WholeIssueRow | undefined,
): StoredIssue | undefined {
  if (row === undefined) return undefined;
  return row.whole === 1 ? toStoredWhole(row, whole) : toStoredIssue(row, head, blocks);
}

export function toRevision(
  meta: RevisionRow | undefined,
  snapshot: SnapshotRow | undefined,
): Revision | undefined {
  if (meta === undefined) return undefined;
  const path = `revisions[${JSON.stringify(meta.id)}]`;
  if (snapshot === undefined) throw new InvalidRecordError(path, 'the snapshot is missing');
  return { ...meta, snapshot: admitIssue(snapshot.snapshot, { path: `${path}.snapshot` }) };
}

export function splitRevision(revision: Revision): [RevisionRow, SnapshotRow] {
  const { snapshot, ...meta } = revision;
  return [meta, { id: revision.id, snapshot }];
}
