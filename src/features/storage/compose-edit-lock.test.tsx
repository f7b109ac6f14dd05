// @vitest-environment jsdom
// Two tabs on one draft, as two editor screens over one repository and one set of Web Locks: the
// second follows the first read-only and live, and "Take over" swaps the roles.
import { act, cleanup, fireEvent, render, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { RepositoryContext } from '../../components/repository-context';
import { importIssue } from '../../core/markdown/import-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { ComposeLoader } from '../compose/compose-loader';
import { FakeLocks } from '../../../test/support/fake-locks';
import { LocksContext } from './locks-context';

afterEach(cleanup);

const issue = importIssue(
  readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8'),
  { id: 'issue-056' },
);

async function openTab(repository: MemoryIssueRepository, locks: FakeLocks) {
  const host = document.body.appendChild(document.createElement('div'));
  await act(async () => {
    render(
      <RepositoryContext value={{ repository, persistent: true }}>
        <LocksContext value={locks}>
          <MemoryRouter>
            <ComposeLoader issueId={issue.id} repository={repository} autosaveDelayMs={20} />
          </MemoryRouter>
        </LocksContext>
      </RepositoryContext>,
      { container: host },
    );
  });
  const tab = within(host);
  await tab.findByRole('toolbar', { name: 'Editor actions' });
  return { tab, host };
}

const firstTitle = (tab: ReturnType<typeof within>) =>
  within(tab.getAllByRole('article')[0]!).getByRole('textbox', {
    name: 'Card title',
  }) as HTMLInputElement;

const columns = (host: HTMLElement) => host.querySelector('.compose-columns')!;

describe('two tabs on one draft', () => {
  it('lets the first edit while the second follows it live, read-only', async () => {
    const repository = new MemoryIssueRepository();
    await repository.put(issue);
    const locks = new FakeLocks();
    const a = await openTab(repository, locks);
    await waitFor(() => expect(columns(a.host).hasAttribute('inert')).toBe(false));
    const b = await openTab(repository, locks);
    const banner = await b.tab.findByRole('alert');
    expect(banner.textContent).toContain('This draft is being edited in another tab.');
    expect(columns(b.host).hasAttribute('inert')).toBe(true);
    expect(a.tab.queryByRole('alert')).toBeNull();

    fireEvent.change(firstTitle(a.tab), { target: { value: 'Typed in tab A' } });
    await waitFor(() => expect(firstTitle(b.tab).value).toBe('Typed in tab A'));
    // Tab B changes nothing, even through its store.
    fireEvent.change(firstTitle(b.tab), { target: { value: 'Typed in tab B' } });
    await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    expect((await repository.get(issue.id))?.issue.sections[0]!.blocks[0]).toMatchObject({
      title: 'Typed in tab A',
    });
  });

  it('hands editing to the second tab on "Take over"; the first then follows and says so', async () => {
    const repository = new MemoryIssueRepository();
    await repository.put(issue);
    const locks = new FakeLocks();
    const a = await openTab(repository, locks);
    await waitFor(() => expect(columns(a.host).hasAttribute('inert')).toBe(false));
    const b = await openTab(repository, locks);
    fireEvent.change(firstTitle(a.tab), { target: { value: 'Last word of tab A' } });
    fireEvent.click(await b.tab.findByRole('button', { name: 'Take over' }));

    const taken = await a.tab.findByRole('alert');
    expect(taken.textContent).toContain('Another tab took over editing this draft.');
    await waitFor(() => expect(columns(b.host).hasAttribute('inert')).toBe(false));
    // What tab A typed just before is saved, and tab B carries on from it.
    await waitFor(() => expect(firstTitle(b.tab).value).toBe('Last word of tab A'));

    fireEvent.change(firstTitle(b.tab), { target: { value: 'Now typed in tab B' } });
    await waitFor(() => expect(firstTitle(a.tab).value).toBe('Now typed in tab B'));
    const stored = await repository.get(issue.id);
    expect(stored?.issue.sections[0]!.blocks[0]).toMatchObject({ title: 'Now typed in tab B' });
  });
});
