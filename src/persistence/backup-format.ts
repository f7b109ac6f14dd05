// The backup file: one JSON document holding every draft and, optionally, its revisions. The
// format name and version come first so a reader can refuse what it does not know before
// looking further (the payload-carries-its-version habit of Excalidraw's files).

import type { Issue } from '../core/model/types';
import type { Revision } from './issue-repository';

export const BACKUP_FORMAT = 'broadsheet-backup';
export const BACKUP_VERSION = 1;

/**
 * The issue version (core/model/schema/issue-migrations.ts) each backup format version holds, so
 * a backup made before a change of the issue's shape is migrated on restore. A new issue version
 * comes with a new backup format version.
 */
const ISSUE_VERSION_OF_BACKUP: ReadonlyMap<number, number> = new Map([[1, 1]]);

/** The issue version the issues of a backup of format `version` are written in. */
export function issueVersionOfBackup(version: number): number {
  const issueVersion = ISSUE_VERSION_OF_BACKUP.get(version);
  if (issueVersion === undefined) throw new RangeError(`no backup format version ${version}`);
  return issueVersion;
}

export interface BackupIssue {
  issue: Issue;
  archived: boolean;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the backup was made, as an ISO 8601 time. */
  exportedAt: string;
  issues: BackupIssue[];
  revisions?: Revision[];
}

/** Writes a backup from issues (and revisions) already in hand, e.g. edits that could not be saved. */
export function serializeBackup(
  issues: BackupIssue[],
  revisions: Revision[] | undefined,
  now: number,
): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    issues,
    ...(revisions === undefined ? {} : { revisions }),
  };
  return JSON.stringify(file);
}

/** A file name for the download, e.g. `broadsheet-backup-2024-05-03.json`. */
export function backupFileName(now: number): string {
  return `${BACKUP_FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`;
}
