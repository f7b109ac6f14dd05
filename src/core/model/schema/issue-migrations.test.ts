import { describe, expect, it } from 'vitest';
import { InvalidRecordError } from './invalid-record-error';
import {
  ISSUE_MIGRATIONS,
  ISSUE_SCHEMA_VERSION,
  migrateIssue,
  type IssueMigrations,
} from './issue-migrations';

// A made-up history for the mechanism: version 2 renames `preamble`, version 3 adds `tags`.
const history: IssueMigrations = {
  current: 3,
  migrations: [
    {
      version: 2,
      change: 'preamble is called opening',
      up: ({ preamble, ...rest }) => ({ ...rest, opening: preamble }),
    },
    { version: 3, change: 'issues have tags', up: (record) => ({ ...record, tags: [] }) },
  ],
};

function errorOf(run: () => unknown): InvalidRecordError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidRecordError) return error;
    throw error;
  }
  throw new Error('expected an InvalidRecordError');
}

describe('the issue migrations', () => {
  it('run oldest first, one per version, from 2 up to the current version', () => {
    const { current, migrations } = ISSUE_MIGRATIONS;
    expect(current).toBe(ISSUE_SCHEMA_VERSION);
    expect(migrations.map((m) => m.version)).toEqual(
      Array.from({ length: current - 1 }, (_, i) => i + 2),
    );
  });

  it('leave a record of the current version as it is', () => {
    const record = { id: 'i1' };
    expect(migrateIssue(record, ISSUE_SCHEMA_VERSION)).toBe(record);
  });

  it('bring a record up from any older version, without changing the one given', () => {
    const v1 = { id: 'i1', preamble: '{{< eo >}}\n' };
    expect(migrateIssue(v1, 1, '', history)).toEqual({
      id: 'i1',
      opening: '{{< eo >}}\n',
      tags: [],
    });
    expect(v1).toEqual({ id: 'i1', preamble: '{{< eo >}}\n' });
    expect(migrateIssue({ id: 'i1', opening: '' }, 2, '', history)).toEqual({
      id: 'i1',
      opening: '',
      tags: [],
    });
  });

  it('refuse a newer version, naming both', () => {
    expect(errorOf(() => migrateIssue({}, 4, 'issues[0].issue', history)).message).toBe(
      'issues[0].issue: written by a newer Broadsheet (issue version 4); this one reads up to version 3',
    );
  });

  it('refuse a version that never existed', () => {
    for (const version of [0, -1, 1.5, Number.NaN]) {
      expect(errorOf(() => migrateIssue({}, version)).message).toMatch(/^an unknown issue version/);
    }
  });

  it('refuse a record that is not an object before migrating it', () => {
    expect(errorOf(() => migrateIssue('text', 1, 'snapshot', history)).message).toBe(
      'snapshot: expected an object, found string',
    );
  });
});
