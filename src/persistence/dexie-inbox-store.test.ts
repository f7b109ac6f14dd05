import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { DexieInboxStore } from './dexie-inbox-store';
import { DexieIssueRepository } from './dexie-issue-repository';
import { describeInboxStoreContract } from '../../test/support/inbox-store-contract';
import { inboxStoreFor } from './inbox-store-for';
import { MemoryInboxStore } from './memory-inbox-store';
import { MemoryIssueRepository } from './memory-issue-repository';

const open: DexieIssueRepository[] = [];
afterEach(() => open.splice(0).forEach((repo) => repo.close()));

function repository(indexedDB = new IDBFactory(), name = 'broadsheet'): DexieIssueRepository {
  const repo = new DexieIssueRepository({ name, indexedDB, IDBKeyRange });
  open.push(repo);
  return repo;
}

// Each store gets a fresh in-memory IndexedDB, so no test sees another's data.
describeInboxStoreContract('DexieInboxStore', () => new DexieInboxStore(repository().db));

describe('the inbox beside the drafts', () => {
  it('lives in the same database as the drafts and survives reopening it', async () => {
    const indexedDB = new IDBFactory();
    const first = inboxStoreFor(repository(indexedDB, 'shared'));
    expect(first).toBeInstanceOf(DexieInboxStore);
    await first.addToInbox([{ id: 'c1', title: 'Kept', excerpt: '', addedAt: 1 }]);
    open.splice(0).forEach((repo) => repo.close());
    const reopened = inboxStoreFor(repository(indexedDB, 'shared'));
    expect((await reopened.listInbox()).map((e) => e.title)).toEqual(['Kept']);
  });

  it('is one store per repository, in memory beside the in-memory repository', () => {
    const memory = new MemoryIssueRepository();
    expect(inboxStoreFor(memory)).toBeInstanceOf(MemoryInboxStore);
    expect(inboxStoreFor(memory)).toBe(inboxStoreFor(memory));
    expect(inboxStoreFor(new MemoryIssueRepository())).not.toBe(inboxStoreFor(memory));
  });
});
