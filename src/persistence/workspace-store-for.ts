// The workspace copies that go with a repository: in the same IndexedDB database when the
// repository is the Dexie one, in memory beside the in-memory repository. One store per
// repository, as for the inbox (inbox-store-for.ts).

import { DexieIssueRepository } from './dexie-issue-repository';
import { DexieWorkspaceStore } from './dexie-workspace-store';
import type { IssueRepository } from './issue-repository';
import { MemoryWorkspaceStore } from './memory-workspace-store';
import type { WorkspaceStore } from './workspace-store';

const stores = new WeakMap<IssueRepository, WorkspaceStore>();

export function workspaceStoreFor(repository: IssueRepository): WorkspaceStore {
  let store = stores.get(repository);
  if (store === undefined) {
    store =
      repository instanceof DexieIssueRepository
        ? new DexieWorkspaceStore(repository.db)
        : new MemoryWorkspaceStore();
    stores.set(repository, store);
  }
  return store;
}
