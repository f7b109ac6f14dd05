// The shapes of the rows in IndexedDB, including those of past versions that upgrades read. An
// issue is two rows: a small one with the counter and the summary the library lists (so a list
// never loads whole issues), and its body, the Issue model stored whole as plain data. Revisions
// are split the same way into their meta and their snapshot.

import type { Issue, IssueStatus } from '../core/model/types';
import type { RevisionMeta } from './issue-repository';

/** An issue row as version 1 wrote it. */
export interface IssueRowV1 {
  id: string;
  rev: number;
  title: string;
  slug: string;
  date: string;
  cardCount: number;
  updatedAt: number;
}

/**
 * An issue row since version 2: status and the archived flag are columns (archived as 0 or 1,
 * since IndexedDB cannot index booleans).
 */
export interface IssueRow extends IssueRowV1 {
  status: IssueStatus;
  archived: 0 | 1;
}

export interface IssueBodyRow {
  id: string;
  issue: Issue;
}

export type RevisionRow = RevisionMeta;

export interface SnapshotRow {
  id: string;
  snapshot: Issue;
}

export interface SettingRow {
  key: string;
  value: unknown;
}
