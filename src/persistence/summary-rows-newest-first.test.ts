import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { BroadsheetDatabase } from './broadsheet-database';
import type { IssueRow } from './dexie-records';
import { summaryRowsNewestFirst } from './summary-rows-newest-first';

function row(id: string, updatedAt: number): IssueRow {
  const fields = { title: id, slug: id, date: '', cardCount: 0, status: 'draft' } as const;
  return { id, rev: 1, ...fields, updatedAt, archived: 0 };
}

describe('summaryRowsNewestFirst', () => {
  const open: BroadsheetDatabase[] = [];
  afterEach(() => open.splice(0).forEach((db) => db.close()));

  function database(): BroadsheetDatabase {
    const db = new BroadsheetDatabase('rows', { indexedDB: new IDBFactory(), IDBKeyRange });
    open.push(db);
    return db;
  }

  it('orders the rows as a backward walk of the updatedAt index does, ties by id descending', async () => {
    const db = database();
    // An archive import writes its issues with one updatedAt: ties are the common case.
    const times = [5, 3, 5, 9, 3, 5, 1, 9, 7, 5];
    const ids = ['b', 'archive-010', 'a', 'archive-2', 'Z', 'é', 'archive-001', '10', 'c', 'B'];
    await db.issues.bulkPut(ids.map((id, i) => row(id, times[i]!)));
    const byIndex = await db.issues.orderBy('updatedAt').reverse().toArray();
    const rows = await summaryRowsNewestFirst(db.issues);
    expect(rows.map((r) => r.id)).toEqual(byIndex.map((r) => r.id));
    expect(rows.map((r) => r.id).slice(0, 4)).toEqual(['archive-2', '10', 'c', 'é']);
  });

  it('leaves out a row whose updatedAt is not a number, as the index does a missing one', async () => {
    const db = database();
    const { updatedAt: _dropped, ...missing } = row('missing', 0);
    const text = { ...row('text', 0), updatedAt: 'yesterday' };
    const rows = [row('kept', 2), missing, text, row('nan', Number.NaN)] as IssueRow[];
    await db.issues.bulkPut(rows);
    const byIndex = await db.issues.orderBy('updatedAt').reverse().toArray();
    expect(byIndex.map((r) => r.id)).not.toContain('missing');
    expect(byIndex.map((r) => r.id)).not.toContain('nan');
    expect((await summaryRowsNewestFirst(db.issues)).map((r) => r.id)).toEqual(['kept']);
  });

  it('gives nothing for an empty store', async () => {
    expect(await summaryRowsNewestFirst(database().issues)).toEqual([]);
  });
});
