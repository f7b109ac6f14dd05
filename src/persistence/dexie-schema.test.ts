// The upgrade test: a database written by schema version 1, with data in every table, is opened
// by the current code and must come through with nothing lost and the new columns filled in.

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { IssueRowV1 } from './dexie-records';
import { ISSUE_SCHEMA_VERSION } from '../core/model/schema/issue-migrations';
import { CURRENT_SCHEMA_VERSION, ISSUE_VERSION_OF_DATABASE, declareSchema } from './dexie-schema';
import { DexieIssueRepository } from './dexie-issue-repository';
import { buildTestIssue } from '../../test/support/test-issue';

const NAME = 'broadsheet-upgrade';

const draft = buildTestIssue({ slug: '077', cards: 25, updatedAt: 2_000 });
const ready = buildTestIssue({ slug: '078', cards: 31, status: 'ready', updatedAt: 3_000 });
const snapshot = { ...draft, preamble: 'an older preamble' };

function rowV1(issue: typeof draft, rev: number, title: string, cardCount: number): IssueRowV1 {
  return {
    id: issue.id,
    rev,
    title,
    slug: issue.id.slice(-3),
    date: '2024-05-03T07:00:00Z',
    cardCount,
    updatedAt: issue.updatedAt,
  };
}

/** Writes a database the way version 1 did: only the version 1 schema is declared. */
async function writeVersion1(indexedDB: IDBFactory): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  declareSchema(db, 1);
  await db
    .table('issues')
    .bulkAdd([rowV1(draft, 4, 'EKS News 077', 25), rowV1(ready, 9, 'EKS News 078', 31)]);
  await db.table('issueBodies').bulkAdd([
    { id: draft.id, issue: draft },
    { id: ready.id, issue: ready },
  ]);
  await db.table('revisions').add({
    id: 'rev-1',
    issueId: draft.id,
    createdAt: 1_500,
    reason: 'opened',
    title: 'EKS News 077',
    cardCount: 25,
  });
  await db.table('snapshots').add({ id: 'rev-1', snapshot });
  await db.table('settings').put({ key: 'theme', value: 'dark' });
  await db
    .table('templates')
    .put({ id: 'eks', name: 'EKS News', data: { sections: 5 }, updatedAt: 1 });
  await db
    .table('folderHandles')
    .put({ id: 'site', name: 'site', handle: { kind: 'directory' }, savedAt: 1 });
  expect(db.verno).toBe(1);
  expect(Object.keys(await db.table('issues').get(ready.id))).not.toContain('status');
  db.close();
}

describe('schema upgrades', () => {
  it('store issues of the current issue version once every upgrade has run', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      expect(ISSUE_VERSION_OF_DATABASE.get(version)).toBeGreaterThanOrEqual(1);
    }
    expect(ISSUE_VERSION_OF_DATABASE.get(CURRENT_SCHEMA_VERSION)).toBe(ISSUE_SCHEMA_VERSION);
  });

  it('opens a version 1 database with data and keeps everything', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion1(indexedDB);
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });

    expect(await repo.listSummaries()).toEqual([
      {
        id: ready.id,
        title: 'EKS News 078',
        slug: '078',
        status: 'ready',
        date: '2024-05-03T07:00:00Z',
        cardCount: 31,
        updatedAt: 3_000,
        archived: false,
        rev: 9,
      },
      {
        id: draft.id,
        title: 'EKS News 077',
        slug: '077',
        status: 'draft',
        date: '2024-05-03T07:00:00Z',
        cardCount: 25,
        updatedAt: 2_000,
        archived: false,
        rev: 4,
      },
    ]);
    expect(repo.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await repo.get(draft.id)).toEqual({ issue: draft, rev: 4, archived: false });
    expect(await repo.get(ready.id)).toEqual({ issue: ready, rev: 9, archived: false });
    expect(await repo.getRevision('rev-1')).toMatchObject({
      issueId: draft.id,
      createdAt: 1_500,
      snapshot,
    });
    expect(await repo.getSetting('theme')).toBe('dark');
    expect(await repo.listTemplates()).toEqual([
      { id: 'eks', name: 'EKS News', data: { sections: 5 }, updatedAt: 1 },
    ]);
    expect((await repo.getFolderHandle('site'))?.handle).toEqual({ kind: 'directory' });
    repo.close();
  });

  it('fills the new indexed columns so the library can filter by them', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion1(indexedDB);
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    expect(await repo.db.issues.where('status').equals('ready').primaryKeys()).toEqual([ready.id]);
    expect(await repo.db.issues.where('archived').equals(0).count()).toBe(2);
    await repo.put(draft, 4);
    await repo.setArchived(draft.id, true);
    expect(await repo.db.issues.where('archived').equals(1).primaryKeys()).toEqual([draft.id]);
    repo.close();
  });
});
