import { useSyncExternalStore } from 'react';
import { useRepository } from '../../components/repository-context';
import { storedIssuesFor, type StoredIssuesSnapshot } from './stored-issues-cache';

/** Every stored issue (archived and drafts), live; shared by every component that asks. */
export function useStoredIssues(): StoredIssuesSnapshot {
  const cache = storedIssuesFor(useRepository());
  return useSyncExternalStore(cache.subscribe, cache.getSnapshot, cache.getSnapshot);
}
