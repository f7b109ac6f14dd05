// The issue and the templates of a read ahead (draft-rows-ahead.ts), through the same doors as
// the Dexie repository's reads: what the editor opens is the same whichever read it takes.

import type { IssueBlockRow, IssueHeadRow, IssueRow, WholeIssueRow } from './dexie-records';
import type { DraftRowsAhead } from './draft-rows-ahead';
import type { StoredIssue, TemplateRecord } from './issue-repository';
import { byName } from './by-name';
import { toStoredFromRows } from './dexie-issue-rows';

/**
 * The stored issue the rows hold, undefined when there is none. The rows are typed as Dexie's
 * tables type them (the app's own database, by declaration); the issue passes the schema's door,
 * which throws InvalidRecordError for a damaged one as the repository's read does.
 */
export function storedFromRowsAhead(rows: DraftRowsAhead): StoredIssue | undefined {
  return toStoredFromRows(
    rows.row as IssueRow | undefined,
    rows.head as IssueHeadRow | undefined,
    rows.blocks as IssueBlockRow[],
    rows.whole as WholeIssueRow | undefined,
  );
}

/** The stored template records, in the order the repository lists them. */
export function templatesFromRowsAhead(rows: DraftRowsAhead): TemplateRecord[] {
  return (rows.templates as TemplateRecord[]).slice().sort(byName);
}
