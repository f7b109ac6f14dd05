// The version 3 to 4 upgrade: issues stored whole (one body row each) are split into a head and
// one row per block. A database written by version 3, with data, is opened by the current code:
// every issue reads back equal, a damaged body is reported for that issue alone, and the old
// body table is gone.

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { toIssueRow } from './dexie-issue-rows';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './dexie-schema';
import { DexieIssueRepository } from './dexie-issue-repository';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { buildTestIssue } from '../../test/support/test-issue';

const NAME = 'broadsheet-upgrade-v4';

const big = buildTestIssue({ slug: '077', cards: 120, sections: 5, updatedAt: 2_000 });
const small = buildTestIssue({ slug: '054', cards: 3, status: 'published', updatedAt: 1_000 });
const damaged = buildTestIssue({ slug: '013', cards: 2 });

async function writeVersion3(indexedDB: IDBFactory): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  declareSchema(db, 3);
  await db
    .table('issues')
    .bulkAdd([
      toIssueRow(big, 7, false),
      toIssueRow(small, 2, true),
      toIssueRow(damaged, 1, false),
    ]);
  await db.table('issueBodies').bulkAdd([
    { id: big.id, issue: big },
    { id: small.id, issue: small },
    { id: damaged.id, issue: { ...damaged, sections: 'not a list' } },
  ]);
  await db.table('revisions').add({
    id: 'rev-1',
    issueId: big.id,
    createdAt: 1_500,
    reason: 'opened',
    title: 'EKS News 077',
    cardCount: 120,
  });
  await db.table('snapshots').add({ id: 'rev-1', snapshot: small });
  expect(db.verno).toBe(3);
  db.close();
}

describe('schema upgrade to version 4', () => {
  it('splits every stored issue into parts and reads each back unchanged', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion3(indexedDB);
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    try {
      expect(await repo.get(big.id)).toEqual({ issue: big, rev: 7, archived: false });
      expect(await repo.get(small.id)).toEqual({ issue: small, rev: 2, archived: true });
      expect(repo.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(repo.db.tables.map((t) => t.name)).not.toContain('issueBodies');
      expect(await repo.db.issueBlocks.where('issueId').equals(big.id).count()).toBe(1 + 120);
      expect((await repo.getRevision('rev-1'))?.snapshot).toEqual(small);
      const next = await repo.put({ ...big, preamble: 'after the upgrade' }, 7);
      expect(next).toBe(8);
      expect((await repo.get(big.id))?.issue.preamble).toBe('after the upgrade');
    } finally {
      repo.close();
    }
  });

  it('keeps a damaged body for its reader to report, without blocking the others', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion3(indexedDB);
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    try {
      const error = await repo.get(damaged.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as Error).message).toMatch(/^issues\["issue-013"\]\.sections: expected/);
      expect((await repo.listSummaries()).map((s) => s.id).sort()).toEqual(
        [big.id, small.id, damaged.id].sort(),
      );
    } finally {
      repo.close();
    }
  });
});
