// The app: storage first, then the router. main.tsx passes the browser's storage and router;
// tests pass an in-memory repository and a memory router.

import { StrictMode, Suspense } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import type { RepositoryState } from '../components/repository-context';
import { AppErrorBoundary } from './app-error-boundary';
import { RouteLoading } from './app-layout';
import { RepositoryProvider } from './repository-provider';

type AppRouter = ReturnType<typeof createBrowserRouter>;

interface AppProps {
  repository: Promise<RepositoryState>;
  router: AppRouter;
}

export function App({ repository, router }: AppProps) {
  return (
    <StrictMode>
      <AppErrorBoundary>
        <Suspense fallback={<RouteLoading />}>
          <RepositoryProvider ready={repository}>
            <RouterProvider router={router} />
          </RepositoryProvider>
        </Suspense>
      </AppErrorBoundary>
    </StrictMode>
  );
}
