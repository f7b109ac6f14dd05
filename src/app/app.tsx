// The app: the router, with storage opened on demand. main.tsx passes the browser's storage and
// router; tests pass an in-memory repository and a memory router.

import { StrictMode, Suspense, useState } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import {
  onceLoader,
  RepositoryLoaderContext,
  type RepositoryState,
} from '../components/repository-context';
import {
  QueryClientHolderContext,
  type QueryClientHolder,
} from '../components/query-client-holder';
import { AppErrorBoundary } from './app-error-boundary';
import { RouteLoading } from './route-loading';

type AppRouter = ReturnType<typeof createBrowserRouter>;

interface AppProps {
  /** Storage, or how to open it; the screens that need drafts wait for it. */
  repository: Promise<RepositoryState> | (() => Promise<RepositoryState>);
  router: AppRouter;
}

export function App({ repository, router }: AppProps) {
  const [load] = useState(() =>
    onceLoader(typeof repository === 'function' ? repository : () => repository),
  );
  // One QueryClient per app, made by the first screen that needs it (see QueryProvider).
  const [queries] = useState<QueryClientHolder>(() => ({}));
  return (
    <StrictMode>
      <AppErrorBoundary>
        <Suspense fallback={<RouteLoading />}>
          <RepositoryLoaderContext value={load}>
            <QueryClientHolderContext value={queries}>
              <RouterProvider router={router} />
            </QueryClientHolderContext>
          </RepositoryLoaderContext>
        </Suspense>
      </AppErrorBoundary>
    </StrictMode>
  );
}
