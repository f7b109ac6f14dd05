import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { describeWorkspaceStoreContract } from '../../test/support/workspace-store-contract';
import { DexieIssueRepository } from './dexie-issue-repository';
import { DexieWorkspaceStore } from './dexie-workspace-store';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './dexie-schema';
import { MemoryIssueRepository } from './memory-issue-repository';
import { MemoryWorkspaceStore } from './memory-workspace-store';
import { workspaceStoreFor } from './workspace-store-for';

const open: DexieIssueRepository[] = [];
afterEach(() => open.splice(0).forEach((repo) => repo.close()));

function repository(indexedDB = new IDBFactory(), name = 'broadsheet'): DexieIssueRepository {
  const repo = new DexieIssueRepository({ name, indexedDB, IDBKeyRange });
  open.push(repo);
  return repo;
}

describeWorkspaceStoreContract(
  'DexieWorkspaceStore',
  () => new DexieWorkspaceStore(repository().db),
);
describeWorkspaceStoreContract('MemoryWorkspaceStore', () => new MemoryWorkspaceStore());

describe('the workspace copies beside the drafts', () => {
  it('come with version 8, which opens a version 6 database with its data kept', async () => {
    const indexedDB = new IDBFactory();
    const v6 = new Dexie('v6', { indexedDB, IDBKeyRange });
    declareSchema(v6, 6);
    await v6.table('settings').put({ key: 'kept', value: 'from version 6' });
    v6.close();
    const repo = repository(indexedDB, 'v6');
    const store = workspaceStoreFor(repo);
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'kept');
    const link = { issueId: 'i-056', workspace: 'team', slug: '056' };
    await store.putLink(link, Y.encodeStateAsUpdate(doc));
    expect(repo.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await repo.getSetting('kept')).toBe('from version 6');
    expect(await store.getLink('i-056')).toEqual(link);
  });

  it('is one store per repository, in memory beside the in-memory repository', () => {
    const memory = new MemoryIssueRepository();
    expect(workspaceStoreFor(repository())).toBeInstanceOf(DexieWorkspaceStore);
    expect(workspaceStoreFor(memory)).toBeInstanceOf(MemoryWorkspaceStore);
    expect(workspaceStoreFor(memory)).toBe(workspaceStoreFor(memory));
  });
});
