// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { RepositoryContext } from '../../components/repository-context';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { buildTestIssue } from '../../../test/support/test-issue';
import { ComposeLoader } from './compose-loader';
import { readDraftAhead } from './read-draft';

afterEach(cleanup);

async function storedIssue() {
  const repository = new MemoryIssueRepository();
  const issue = buildTestIssue();
  await repository.put(issue);
  return { repository, issue };
}

function renderLoader(repository: MemoryIssueRepository, issueId: string) {
  render(
    <RepositoryContext value={{ repository, persistent: true }}>
      <MemoryRouter initialEntries={[`/issues/${issueId}`]}>
        <ComposeLoader issueId={issueId} repository={repository} />
      </MemoryRouter>
    </RepositoryContext>,
  );
}

const editorActions = () => screen.queryByRole('toolbar', { name: 'Editor actions' });

describe('ComposeLoader', () => {
  it('renders the editor in its first pass when the read ahead has finished', async () => {
    const { repository, issue } = await storedIssue();
    readDraftAhead(repository, issue.id);
    await new Promise((resolve) => setTimeout(resolve, 0));
    renderLoader(repository, issue.id);
    expect(screen.queryByText('Opening the draft…')).toBeNull();
    expect(editorActions()).not.toBeNull();
    await screen.findByRole('complementary', { name: 'Preview' }, { timeout: 10_000 });
  });

  it('says it is opening the draft while the read is still going, then shows the editor', async () => {
    const { repository, issue } = await storedIssue();
    readDraftAhead(repository, issue.id);
    renderLoader(repository, issue.id);
    expect(screen.getByRole('status').textContent).toBe('Opening the draft…');
    expect(editorActions()).toBeNull();
    await screen.findByRole('toolbar', { name: 'Editor actions' });
    await screen.findByRole('complementary', { name: 'Preview' }, { timeout: 10_000 });
  });
});
