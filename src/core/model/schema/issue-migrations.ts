// The versions of the issue record's shape, each with the migration that brings a record written
// in the version before up to it. A browser may hold drafts, and a person may hold backups,
// written by any released version, so migrations are never edited or removed once released.
//
// To change the shape of the model (core/model/types.ts): add a migration here producing the next
// version, raise ISSUE_SCHEMA_VERSION, teach the validator the new shape, and give every store
// that keeps issues a way to say which version it holds (a new backup format version in
// persistence/backup-format.ts, a database version whose upgrade migrates the stored drafts in
// persistence/dexie-schema.ts). admitIssue (admit-issue.ts) then runs what is needed.

import { fail, type Fields, expectObject } from './validate-primitives';

export interface IssueMigration {
  /** The version this migration produces; the one before is what it reads. */
  version: number;
  /** What changed, in a sentence. */
  change: string;
  /** Returns the record in the new shape; it may not modify the one given. */
  up: (record: Fields) => Fields;
}

export interface IssueMigrations {
  current: number;
  /** Oldest first, one per version from 2 to `current`. */
  migrations: readonly IssueMigration[];
}

/**
 * Version 1 is the shape the first release stored and every release since: the model in
 * types.ts. (A bare CR became an allowed dialect line ending later, and a card's optional
 * `bold`, `heading`, `trailing` and `description` later still, and the issue's optional
 * `statusChangedAt` and `statusSetBy` after them: widenings every version 1 record already
 * meets, so they needed no migration.)
 */
export const ISSUE_SCHEMA_VERSION = 1;

export const ISSUE_MIGRATIONS: IssueMigrations = {
  current: ISSUE_SCHEMA_VERSION,
  migrations: [],
};

/**
 * Brings `value`, written in issue version `from`, up to `sequence.current`. The result is still
 * unchecked (admitIssue validates it). Throws an InvalidRecordError for a version it does not
 * know, older or newer.
 */
export function migrateIssue(
  value: unknown,
  from: number,
  path = '',
  sequence: IssueMigrations = ISSUE_MIGRATIONS,
): unknown {
  if (!Number.isInteger(from) || from < 1) fail(path, `an unknown issue version (${from})`);
  if (from > sequence.current) {
    fail(
      path,
      `written by a newer Broadsheet (issue version ${from}); this one reads up to version ${sequence.current}`,
    );
  }
  let record = value;
  for (const migration of sequence.migrations) {
    if (migration.version > from) record = migration.up(expectObject(record, path));
  }
  return record;
}
