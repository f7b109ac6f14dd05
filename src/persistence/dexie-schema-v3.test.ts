// The version 2 to 3 upgrade: a database written by schema version 2, with data in every table,
// is opened by the current code; nothing is lost and the new inbox table is there and empty.

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { toIssueRow } from './dexie-issue-rows';
import { inboxStoreFor } from './inbox-store-for';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './dexie-schema';
import { DexieIssueRepository } from './dexie-issue-repository';
import { buildTestIssue } from '../../test/support/test-issue';

const NAME = 'broadsheet-upgrade-v3';

const draft = buildTestIssue({ slug: '077', cards: 25, updatedAt: 2_000 });
const archived = buildTestIssue({ slug: '054', cards: 12, status: 'published', updatedAt: 1_000 });

/** Writes a database the way version 2 did: only versions 1 and 2 are declared. */
async function writeVersion2(indexedDB: IDBFactory): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  declareSchema(db, 2);
  await db.table('issues').bulkAdd([toIssueRow(draft, 3, false), toIssueRow(archived, 1, true)]);
  await db.table('issueBodies').bulkAdd([
    { id: draft.id, issue: draft },
    { id: archived.id, issue: archived },
  ]);
  await db.table('settings').put({ key: 'theme', value: 'dark' });
  expect(db.verno).toBe(2);
  expect(db.tables.map((t) => t.name)).not.toContain('inbox');
  db.close();
}

describe('schema upgrade to version 3', () => {
  it('keeps every draft, the archived flag and settings, and adds an empty inbox', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion2(indexedDB);
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    try {
      expect(await repo.get(draft.id)).toEqual({ issue: draft, rev: 3, archived: false });
      expect(await repo.get(archived.id)).toEqual({ issue: archived, rev: 1, archived: true });
      expect(await repo.getSetting('theme')).toBe('dark');
      expect(repo.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      const inbox = inboxStoreFor(repo);
      expect(await inbox.listInbox()).toEqual([]);
      await inbox.addToInbox([{ id: 'c1', title: 'After the upgrade', excerpt: '', addedAt: 1 }]);
      expect((await inbox.listInbox()).map((e) => e.seq)).toEqual([1]);
    } finally {
      repo.close();
    }
  });
});
