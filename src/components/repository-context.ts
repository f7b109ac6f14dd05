// How screens reach storage: the app puts one IssueRepository in this context (Dexie in a browser,
// the in-memory one in tests or when IndexedDB cannot open) and components read it with
// useRepository. Only src/app decides which implementation it is.

import { createContext, useContext } from 'react';
import type { IssueRepository } from '../persistence/issue-repository';

export interface RepositoryState {
  repository: IssueRepository;
  /** False when drafts live in memory only and are lost on reload. */
  persistent: boolean;
  /** What went wrong while opening storage or loading the sample, to show the user. */
  problem?: string;
}

export const RepositoryContext = createContext<RepositoryState | null>(null);

/** The app's repository; throws when used outside the provider, which is a wiring bug. */
export function useRepository(): IssueRepository {
  return useRepositoryState().repository;
}

export function useRepositoryState(): RepositoryState {
  const state = useContext(RepositoryContext);
  if (state === null) throw new Error('useRepository needs a RepositoryProvider above it');
  return state;
}
