// Puts the prepared repository into context. The promise is made once, outside React (main.tsx or
// a test), so StrictMode's double rendering never opens the database twice.

import { use, type ReactNode } from 'react';
import { RepositoryContext, type RepositoryState } from '../components/repository-context';

interface RepositoryProviderProps {
  ready: Promise<RepositoryState>;
  children: ReactNode;
}

export function RepositoryProvider({ ready, children }: RepositoryProviderProps) {
  const state = use(ready);
  return <RepositoryContext value={state}>{children}</RepositoryContext>;
}
