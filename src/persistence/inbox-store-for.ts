// The inbox that goes with a repository: in the same IndexedDB database when the repository is
// the Dexie one, in memory beside the in-memory repository. One store per repository, so every
// screen of the app sees the same inbox and each test's fresh repository gets a fresh inbox.

import { DexieInboxStore } from './dexie-inbox-store';
import { DexieIssueRepository } from './dexie-issue-repository';
import type { IssueRepository } from './issue-repository';
import type { InboxStore } from './inbox-store';
import { MemoryInboxStore } from './memory-inbox-store';

const stores = new WeakMap<IssueRepository, InboxStore>();

export function inboxStoreFor(repository: IssueRepository): InboxStore {
  let store = stores.get(repository);
  if (store === undefined) {
    store =
      repository instanceof DexieIssueRepository
        ? new DexieInboxStore(repository.db)
        : new MemoryInboxStore();
    stores.set(repository, store);
  }
  return store;
}
