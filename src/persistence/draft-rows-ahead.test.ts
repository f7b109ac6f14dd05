// The draft's read ahead straight from IndexedDB (draft-rows-ahead.ts), against the database the
// Dexie repository writes: the same issue and templates as the repository reads, or nothing (and
// nothing created, no connection left open) when the database is not one it can read.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { buildTestIssue } from '../../test/support/test-issue';
import { DexieIssueRepository } from './dexie-issue-repository';
import { declareSchema } from './dexie-schema';
import { readDraftRowsAhead, type DraftRowsAhead } from './draft-rows-ahead';
import { storedFromRowsAhead, templatesFromRowsAhead } from './stored-from-rows-ahead';

const NAME = 'rows-ahead';
const open: DexieIssueRepository[] = [];
afterEach(() => open.splice(0).forEach((repo) => repo.close()));

function repositoryOn(factory: IDBFactory): DexieIssueRepository {
  const repo = new DexieIssueRepository({ name: NAME, indexedDB: factory, IDBKeyRange });
  open.push(repo);
  return repo;
}

async function rowsOf(factory: IDBFactory, id: string): Promise<DraftRowsAhead> {
  const rows = await readDraftRowsAhead(factory, id, NAME);
  if (rows === undefined) throw new Error('the rows were not read');
  return rows;
}

/** Deletes the database, and says whether an open connection held the deletion up. */
function deleteDatabase(factory: IDBFactory): Promise<'deleted' | 'blocked'> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(NAME);
    request.onblocked = () => resolve('blocked');
    request.onsuccess = () => resolve('deleted');
    request.onerror = () => reject(request.error);
  });
}

describe('reading a draft ahead, straight from IndexedDB', () => {
  it('gives the issue and the templates the repository reads', async () => {
    const factory = new IDBFactory();
    const repo = repositoryOn(factory);
    const issue = buildTestIssue({ slug: '056', cards: 12, sections: 3 });
    await repo.put(issue, 0);
    // An edit that drops a section: its block rows go, and the read must not find them.
    await repo.put({ ...issue, sections: issue.sections.slice(1) }, 1);
    await repo.putTemplate({ id: 't2', name: 'Weekly', data: { sections: ['A'] }, updatedAt: 1 });
    await repo.putTemplate({ id: 't1', name: 'Daily', data: {}, updatedAt: 2 });

    const rows = await rowsOf(factory, issue.id);
    const stored = storedFromRowsAhead(rows);
    expect(stored).toEqual(await repo.get(issue.id));
    expect(stored?.rev).toBe(2);
    expect(stored?.issue.sections.map((s) => s.id)).toEqual(
      issue.sections.slice(1).map((s) => s.id),
    );
    expect(templatesFromRowsAhead(rows)).toEqual(await repo.listTemplates());
    expect(templatesFromRowsAhead(rows).map((t) => t.id)).toEqual(['t1', 't2']);
  });

  it('gives an issue stored whole (an archived one) as the repository reads it', async () => {
    const factory = new IDBFactory();
    const repo = repositoryOn(factory);
    const issue = buildTestIssue({ slug: '054', cards: 30, sections: 5 });
    await repo.writeBatch({ issues: [{ issue, archived: true }], revisions: [] });

    const stored = storedFromRowsAhead(await rowsOf(factory, issue.id));
    expect(stored).toEqual({ issue, rev: 1, archived: true });
    expect(stored).toEqual(await repo.get(issue.id));
  });

  it('finds no issue where the repository finds none', async () => {
    const factory = new IDBFactory();
    const repo = repositoryOn(factory);
    await repo.put(buildTestIssue({ slug: '001' }), 0);

    expect(storedFromRowsAhead(await rowsOf(factory, 'no-such-issue'))).toBeUndefined();
    expect(await repo.get('no-such-issue')).toBeUndefined();
  });

  it('refuses damaged rows at the same door as the repository', async () => {
    const factory = new IDBFactory();
    const repo = repositoryOn(factory);
    const issue = buildTestIssue({ slug: '002' });
    await repo.put(issue, 0);
    await repo.db.issueHeads.delete(issue.id);

    const rows = await rowsOf(factory, issue.id);
    expect(() => storedFromRowsAhead(rows)).toThrow(InvalidRecordError);
    await expect(repo.get(issue.id)).rejects.toThrow(InvalidRecordError);
  });

  it('reads nothing, and creates nothing, where there is no database yet', async () => {
    const factory = new IDBFactory();
    expect(await readDraftRowsAhead(factory, 'any', NAME)).toBeUndefined();
    expect((await factory.databases()).map((db) => db.name)).not.toContain(NAME);

    // The repository then creates it with its schema, as on any first run.
    const repo = repositoryOn(factory);
    const issue = buildTestIssue({ slug: '003' });
    await repo.put(issue, 0);
    expect(storedFromRowsAhead(await rowsOf(factory, issue.id))?.issue).toEqual(issue);
  });

  it('reads nothing from a database of an older schema, and leaves its upgrade free', async () => {
    const factory = new IDBFactory();
    const older = new Dexie(NAME, { indexedDB: factory, IDBKeyRange });
    declareSchema(older, 8);
    await older.open();
    older.close();

    expect(await readDraftRowsAhead(factory, 'any', NAME)).toBeUndefined();
    const repo = repositoryOn(factory);
    await repo.db.open();
    expect(repo.db.verno).toBe(9);
  });

  it('closes its connection once its read is under way', async () => {
    const factory = new IDBFactory();
    const repo = repositoryOn(factory);
    const issue = buildTestIssue({ slug: '004' });
    await repo.put(issue, 0);
    repo.close();

    const reading = readDraftRowsAhead(factory, issue.id, NAME);
    expect(storedFromRowsAhead((await reading) as DraftRowsAhead)?.issue).toEqual(issue);
    expect(await deleteDatabase(factory)).toBe('deleted');
  });
});
