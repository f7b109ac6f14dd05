// Renders the library alone over an in-memory repository, with stand-ins for the screens it
// links to, so tests can see where a button leads.

import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { RepositoryContext } from '../../src/components/repository-context';
import { importIssue } from '../../src/core/markdown/import-issue';
import type { Issue } from '../../src/core/model/types';
import { MemoryIssueRepository } from '../../src/persistence/memory-issue-repository';
import { LibraryPage } from '../../src/features/library/library-page';

/** A corpus file (tests run from the repo root, where vitest is started). */
export function readFixture(name: string): string {
  return readFileSync(join(process.cwd(), 'test/fixtures/eks-news', name), 'utf8');
}

/** A repository holding corpus issue 056, the sample the app ships. */
export async function repositoryWith056(): Promise<{
  repository: MemoryIssueRepository;
  issue: Issue;
}> {
  const repository = new MemoryIssueRepository();
  const issue = importIssue(readFixture('056.md'));
  await repository.put(issue, 0);
  return { repository, issue };
}

function EditorStandIn() {
  const { id } = useParams();
  return <h1>Editor for {id}</h1>;
}

export function renderLibrary(repository: MemoryIssueRepository) {
  const router = createMemoryRouter(
    [
      { path: '/', Component: LibraryPage },
      { path: '/issues/:id', Component: EditorStandIn },
      { path: '/issues/:id/preview', element: <h1>Preview stand-in</h1> },
      { path: '/templates/:id', element: <h1>Template stand-in</h1> },
      { path: '/workspace/:slug', element: <h1>Workspace issue stand-in</h1> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <RepositoryContext value={{ repository, persistent: true }}>
      <RouterProvider router={router} />
    </RepositoryContext>,
  );
  return router;
}
