// Puts the repository into context once storage is open (React's `use` suspends until then). The
// promise comes from the app's loader, made once, so StrictMode's double rendering never opens the
// database twice.

import { use, type ReactNode } from 'react';
import { RepositoryContext, useRepositoryLoader, type RepositoryState } from './repository-context';

interface RepositoryProviderProps {
  ready?: Promise<RepositoryState>;
  children: ReactNode;
}

export function RepositoryProvider({ ready, children }: RepositoryProviderProps) {
  const load = useRepositoryLoader();
  const state = use(ready ?? load());
  return <RepositoryContext value={state}>{children}</RepositoryContext>;
}
