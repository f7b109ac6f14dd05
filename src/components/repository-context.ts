// How screens reach storage: the app puts one IssueRepository in this context (Dexie in a browser,
// the in-memory one in tests or when IndexedDB cannot open) and components read it with
// useRepository. Only src/app decides which implementation it is.

import { createContext, useContext } from 'react';
import type { IssueRepository } from '../persistence/issue-repository';
import { settledPromise } from './settled-promise';

export interface RepositoryState {
  repository: IssueRepository;
  /** False when drafts live in memory only and are lost on reload. */
  persistent: boolean;
  /** What went wrong while opening storage or loading the sample, to show the user. */
  problem?: string;
}

export const RepositoryContext = createContext<RepositoryState | null>(null);

/**
 * Opens storage on first call and returns the same promise after. Screens that need drafts wait
 * for it under a RepositoryProvider; the reviewer's page never calls it unless the reviewer copies
 * the issue into their drafts, so opening a share link loads no storage code.
 */
export type RepositoryLoader = () => Promise<RepositoryState>;

export const RepositoryLoaderContext = createContext<RepositoryLoader | null>(null);

export function useRepositoryLoader(): RepositoryLoader {
  const load = useContext(RepositoryLoaderContext);
  if (load === null) throw new Error('useRepositoryLoader needs the App above it');
  return load;
}

/** Caches a loader's promise so storage opens once however often it is asked for. */
export function onceLoader(open: () => Promise<RepositoryState>): RepositoryLoader {
  let ready: Promise<RepositoryState> | undefined;
  return () => (ready ??= settledPromise(open()));
}

/** The app's repository; throws when used outside the provider, which is a wiring bug. */
export function useRepository(): IssueRepository {
  return useRepositoryState().repository;
}

export function useRepositoryState(): RepositoryState {
  const state = useContext(RepositoryContext);
  if (state === null) throw new Error('useRepository needs a RepositoryProvider above it');
  return state;
}
