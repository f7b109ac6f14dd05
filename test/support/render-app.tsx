// Renders the whole app over an in-memory repository and a memory router, as main.tsx does with
// Dexie and the browser's history.

import { act, render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import type { RepositoryState } from '../../src/components/repository-context';
import { MemoryIssueRepository } from '../../src/persistence/memory-issue-repository';
import { App } from '../../src/app/app';
import { prepareRepository } from '../../src/app/prepare-repository';
import { appRoutes } from '../../src/app/routes';

export interface RenderedApp {
  repository: MemoryIssueRepository;
  router: ReturnType<typeof createMemoryRouter>;
}

export async function renderApp(
  path = '/',
  repository = new MemoryIssueRepository(),
  options: Partial<Omit<RepositoryState, 'repository'>> = {},
): Promise<RenderedApp> {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const ready = prepareRepository(async () => ({ repository, persistent: true, ...options }));
  await ready;
  // The provider suspends on the promise once (React's `use`); act lets it settle.
  await act(async () => {
    render(<App repository={ready} router={router} />);
  });
  return { repository, router };
}
