// Renders one screen or component of the archive, inbox or search features over an in-memory
// repository and a memory router, with stand-ins for the screens they link to, so tests can see
// where a link or a keystroke leads. Test-only.

import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation, useParams } from 'react-router';
import { RepositoryContext } from '../../src/components/repository-context';
import type { IssueRepository } from '../../src/persistence/issue-repository';

function EditorStandIn() {
  const { id } = useParams();
  const { hash } = useLocation();
  return (
    <main>
      <h1>Editor for {id}</h1>
      <p data-testid="hash">{hash}</p>
    </main>
  );
}

function PreviewStandIn() {
  const { id } = useParams();
  const { hash } = useLocation();
  return (
    <main>
      <h1>Preview of {id}</h1>
      <p data-testid="hash">{hash}</p>
    </main>
  );
}

export function renderFeature(
  repository: IssueRepository,
  element: ReactNode,
  path = '/',
): ReturnType<typeof createMemoryRouter> {
  const router = createMemoryRouter(
    [
      { path: '/', element },
      { path: '/inbox', element },
      { path: '/search', element },
      { path: '/issues/:id', Component: EditorStandIn },
      { path: '/issues/:id/preview', Component: PreviewStandIn },
    ],
    { initialEntries: [path] },
  );
  render(
    <RepositoryContext value={{ repository, persistent: true }}>
      <RouterProvider router={router} />
    </RepositoryContext>,
  );
  return router;
}
