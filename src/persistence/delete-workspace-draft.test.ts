import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildTestIssue } from '../../test/support/test-issue';
import { DexieIssueRepository } from './dexie-issue-repository';
import type { IssueRepository } from './issue-repository';
import { MemoryIssueRepository } from './memory-issue-repository';
import { workspaceStoreFor } from './workspace-store-for';
import { WORKSPACE_TABLES } from './dexie-workspace-rows';

// A draft in a workspace keeps its offline copy in the workspace tables: deleting the draft drops
// those rows with it, in the same write, and touches no other draft's (issue 14). Taking a copy
// out makes a draft of its own, with no rows: the original keeps its copy.

const open: DexieIssueRepository[] = [];
afterEach(() => open.splice(0).forEach((repo) => repo.close()));

function dexie(): DexieIssueRepository {
  const repo = new DexieIssueRepository({ indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(repo);
  return repo;
}

function stateWith(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** Two workspace drafts, each with two stored updates, and a copy taken out of the first. */
async function workspaceDrafts(repository: IssueRepository) {
  const store = workspaceStoreFor(repository);
  for (const slug of ['101', '102']) {
    await repository.put(buildTestIssue({ id: `i-${slug}`, slug }));
    await store.putLink({ issueId: `i-${slug}`, workspace: 'team', slug }, stateWith(slug));
    await store.addUpdate(`i-${slug}`, stateWith(`${slug} again`));
  }
  await repository.put({ ...buildTestIssue({ id: 'i-copy', slug: '101' }) });
  return store;
}

describe.each([
  ['DexieIssueRepository', dexie],
  ['MemoryIssueRepository', () => new MemoryIssueRepository()],
])('%s: deleting a workspace draft', (_name, make: () => IssueRepository) => {
  it('drops its link and its updates, and nothing of the other drafts', async () => {
    const repository = make();
    const store = await workspaceDrafts(repository);
    await repository.delete('i-101', 1);
    expect(await repository.get('i-101')).toBeUndefined();
    expect(await store.getLink('i-101')).toBeUndefined();
    expect(await store.findLink('team', '101')).toBeUndefined();
    expect(await store.loadUpdates('i-101')).toEqual([]);
    expect(await store.getLink('i-102')).toEqual({
      issueId: 'i-102',
      workspace: 'team',
      slug: '102',
    });
    expect(await store.loadUpdates('i-102')).toHaveLength(2);
    expect(await repository.get('i-copy')).toBeDefined();
  });

  it('keeps the original workspace draft and its rows when the copy taken out is deleted', async () => {
    const repository = make();
    const store = await workspaceDrafts(repository);
    expect(await store.getLink('i-copy')).toBeUndefined();
    await repository.delete('i-copy', 1);
    expect(await store.getLink('i-101')).toEqual({
      issueId: 'i-101',
      workspace: 'team',
      slug: '101',
    });
    expect(await store.loadUpdates('i-101')).toHaveLength(2);
  });

  it('keeps the rows when the delete is refused (a stale revision)', async () => {
    const repository = make();
    const store = await workspaceDrafts(repository);
    await expect(repository.delete('i-101', 7)).rejects.toThrow();
    expect(await store.getLink('i-101')).toBeDefined();
    expect(await store.loadUpdates('i-101')).toHaveLength(2);
  });
});

describe('the Dexie workspace tables after a delete', () => {
  it('hold no row of the deleted draft', async () => {
    const repository = dexie();
    await workspaceDrafts(repository);
    await repository.delete('i-102');
    const { db } = repository;
    expect(await db.table(WORKSPACE_TABLES.links).toCollection().primaryKeys()).toEqual(['i-101']);
    const updates = await db.table(WORKSPACE_TABLES.updates).toArray();
    expect(updates.map((row: { issueId: string }) => row.issueId)).toEqual(['i-101', 'i-101']);
  });
});
