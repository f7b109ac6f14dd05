// The one place that wires Dexie into the app. IndexedDB can be missing or refuse to open (some
// private windows, blocked storage, a newer schema from another tab); the app then keeps drafts
// in memory and says so, rather than showing nothing.

import { DexieIssueRepository } from '../persistence/dexie-issue-repository';
import { MemoryIssueRepository } from '../persistence/memory-issue-repository';
import type { RepositoryState } from '../components/repository-context';

export async function openBrowserRepository(): Promise<RepositoryState> {
  if (typeof indexedDB === 'undefined') {
    return memoryFallback('this browser offers no IndexedDB');
  }
  const repository = new DexieIssueRepository();
  try {
    await repository.db.open();
    return { repository, persistent: true };
  } catch (error) {
    repository.close();
    return memoryFallback(describe(error));
  }
}

function memoryFallback(problem: string): RepositoryState {
  return { repository: new MemoryIssueRepository(), persistent: false, problem };
}

function describe(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'the browser refused to open local storage';
}
