// The workspace copies that go with a repository: in the same IndexedDB database when the
// repository is the Dexie one, in memory beside (and owned by) the in-memory repository, so that
// deleting a draft drops its copy in both. One store per repository, as for the inbox
// (inbox-store-for.ts).

import { DexieIssueRepository } from './dexie-issue-repository';
import { DexieWorkspaceStore } from './dexie-workspace-store';
import type { IssueRepository } from './issue-repository';
import { MemoryIssueRepository } from './memory-issue-repository';
import { MemoryWorkspaceStore } from './memory-workspace-store';
import type { WorkspaceStore } from './workspace-store';

const stores = new WeakMap<IssueRepository, WorkspaceStore>();

export function workspaceStoreFor(repository: IssueRepository): WorkspaceStore {
  let store = stores.get(repository);
  if (store === undefined) {
    if (repository instanceof DexieIssueRepository) store = new DexieWorkspaceStore(repository.db);
    else if (repository instanceof MemoryIssueRepository) store = repository.workspaceStore;
    else store = new MemoryWorkspaceStore();
    stores.set(repository, store);
  }
  return store;
}
