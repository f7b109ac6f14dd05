// The versions of the newsletter template's shape, each with the migration that brings a
// template written in the version before up to it. Templates are stored in the library, written
// to files and shared, so a migration is never edited or removed once released.
//
// To change the shape (../template.ts): add a migration here producing the next version, raise
// TEMPLATE_SCHEMA_VERSION, and teach the validator (validate-template.ts) the new shape.

import { expectObject, fail, type Fields } from '../../model/schema/validate-primitives';

export interface TemplateMigration {
  /** The version this migration produces; the one before is what it reads. */
  version: number;
  /** What changed, in a sentence. */
  change: string;
  /** Returns the record in the new shape; it may not modify the one given. */
  up: (record: Fields) => Fields;
}

export interface TemplateMigrations {
  current: number;
  /** Oldest first, one per version from 2 to `current`. */
  migrations: readonly TemplateMigration[];
}

/** Version 1: the first shape, in ../template.ts. */
export const TEMPLATE_SCHEMA_VERSION = 1;

export const TEMPLATE_MIGRATIONS: TemplateMigrations = {
  current: TEMPLATE_SCHEMA_VERSION,
  migrations: [],
};

/**
 * Brings a template record up to `sequence.current`, from the version it says it was written in.
 * The result is still unchecked (admitTemplate validates it). Throws an InvalidRecordError for a
 * version it does not know, older or newer.
 */
export function migrateTemplate(
  value: unknown,
  path = '',
  sequence: TemplateMigrations = TEMPLATE_MIGRATIONS,
): unknown {
  const from = expectObject(value, path).version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    fail(
      path === '' ? 'version' : `${path}.version`,
      `an unknown template version (${String(from)})`,
    );
  }
  if (from > sequence.current) {
    fail(
      path,
      `written by a newer Broadsheet (template version ${from}); this one reads up to version ${sequence.current}`,
    );
  }
  let record = value;
  for (const migration of sequence.migrations) {
    if (migration.version > from) {
      record = { ...migration.up(expectObject(record, path)), version: migration.version };
    }
  }
  return record;
}
