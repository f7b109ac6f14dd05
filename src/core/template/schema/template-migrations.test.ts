import { describe, expect, it } from 'vitest';
import { InvalidRecordError } from '../../model/schema/invalid-record-error';
import {
  TEMPLATE_MIGRATIONS,
  TEMPLATE_SCHEMA_VERSION,
  migrateTemplate,
  type TemplateMigrations,
} from './template-migrations';

// A made-up history for the mechanism: version 2 renames `preamble`, version 3 adds `tags`.
const history: TemplateMigrations = {
  current: 3,
  migrations: [
    {
      version: 2,
      change: 'preamble is called opening',
      up: ({ preamble, ...rest }) => ({ ...rest, opening: preamble }),
    },
    { version: 3, change: 'templates have tags', up: (record) => ({ ...record, tags: [] }) },
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

describe('the template migrations', () => {
  it('run oldest first, one per version, from 2 up to the current version', () => {
    const { current, migrations } = TEMPLATE_MIGRATIONS;
    expect(current).toBe(TEMPLATE_SCHEMA_VERSION);
    expect(migrations.map((m) => m.version)).toEqual(
      Array.from({ length: current - 1 }, (_, i) => i + 2),
    );
  });

  it('leave a template of the current version as it is', () => {
    const record = { version: TEMPLATE_SCHEMA_VERSION, id: 't1' };
    expect(migrateTemplate(record)).toBe(record);
  });

  it('bring a template up from the version it names, stamping the new version', () => {
    const v1 = { version: 1, id: 't1', preamble: '{{< eo >}}\n' };
    expect(migrateTemplate(v1, '', history)).toEqual({
      version: 3,
      id: 't1',
      opening: '{{< eo >}}\n',
      tags: [],
    });
    expect(v1).toEqual({ version: 1, id: 't1', preamble: '{{< eo >}}\n' });
    expect(migrateTemplate({ version: 2, opening: '' }, '', history)).toEqual({
      version: 3,
      opening: '',
      tags: [],
    });
  });

  it('refuse a newer version, naming both', () => {
    expect(errorOf(() => migrateTemplate({ version: 4 }, 'templates[0]', history)).message).toBe(
      'templates[0]: written by a newer Broadsheet (template version 4); this one reads up to version 3',
    );
  });

  it('refuse a version that never existed, or none', () => {
    for (const version of [0, -1, 1.5, Number.NaN, '1', undefined]) {
      expect(errorOf(() => migrateTemplate({ version })).message).toMatch(
        /^version: an unknown template version/,
      );
    }
  });

  it('refuse a record that is not an object', () => {
    expect(errorOf(() => migrateTemplate('text', 'template')).message).toBe(
      'template: expected an object, found string',
    );
  });
});
