// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { exportIssue } from '../../core/markdown/export-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import {
  readFixture,
  renderLibrary,
  repositoryWith056,
} from '../../../test/support/render-library';

afterEach(cleanup);

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (row === null) throw new Error(`no row for ${name}`);
  return row;
}

describe('library', () => {
  it('follows drafts stored while it is open', async () => {
    const { repository } = await repositoryWith056();
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    const { issue } = await repositoryWith056();
    await repository.put({ ...issue, id: 'stored-meanwhile' }, 0);
    await waitFor(() =>
      expect(screen.getAllByRole('link', { name: 'EKS News 056' })).toHaveLength(2),
    );
  });

  it('says so when storage stops telling it about changes, and keeps the list it has', async () => {
    const { repository } = await repositoryWith056();
    let fail: ((error: unknown) => void) | undefined;
    const subscribe = repository.subscribeSummaries.bind(repository);
    repository.subscribeSummaries = (listener, onError) => {
      fail = onError;
      return subscribe(listener, onError);
    };
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    // The library follows storage once its list is shown and the browser is idle.
    await waitFor(() => expect(fail).toBeDefined());
    fail?.(new Error('the database connection closed'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The drafts could not be read: the database connection closed',
    );
    expect(screen.getByRole('link', { name: 'EKS News 056' })).toBeTruthy();
  });

  it('lists a draft with its slug, status, date and card count', async () => {
    const { repository, issue } = await repositoryWith056();
    renderLibrary(repository);
    const link = await screen.findByRole('link', { name: 'EKS News 056' });
    expect(link.getAttribute('href')).toBe(`/issues/${issue.id}`);
    const row = within(rowOf('EKS News 056'));
    expect(row.getByText('056')).toBeTruthy();
    expect(
      row.getByRole<HTMLSelectElement>('combobox', { name: 'Status of EKS News 056' }).value,
    ).toBe('published');
    expect(row.getByText('June 9, 2023').getAttribute('datetime')).toBe('2023-06-09T07:00:00Z');
    // Cards in 056 are the lines that open a list item with a link.
    const cards = readFixture('056.md').match(/^\* \[/gm)?.length;
    expect(row.getByText(String(cards))).toBeTruthy();
    const preview = row.getByRole('link', { name: 'Preview' });
    expect(preview.getAttribute('href')).toBe(`/issues/${issue.id}/preview`);
  });

  it('says so when there are no drafts', async () => {
    renderLibrary(new MemoryIssueRepository());
    expect(await screen.findByText(/No drafts yet/)).toBeTruthy();
  });

  it('offers the archive import, saying what it gives, until an archive is imported', async () => {
    const { repository, issue } = await repositoryWith056();
    renderLibrary(repository);
    const offer = await screen.findByRole('region', { name: 'Import your newsletter’s archive' });
    expect(offer.textContent).toMatch(/earlier issue featured/);
    expect(offer.textContent).toMatch(/number, date, title and\s+slug/);
    expect(within(offer).getByRole('button', { name: 'Import archive folder' })).toBeTruthy();
    await repository.setArchived(issue.id, true);
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Import your newsletter’s archive' })).toBeNull(),
    );
    expect(screen.getByRole('button', { name: 'Import archive folder' })).toBeTruthy();
  });

  it('shows the progress and result of an archive import started from the offer', async () => {
    renderLibrary(new MemoryIssueRepository());
    const offer = await screen.findByRole('region', { name: 'Import your newsletter’s archive' });
    const files = ['054', '055', '056'].map(
      (slug) => new File([readFixture(`${slug}.md`)], `${slug}.md`),
    );
    await userEvent.upload(within(offer).getByLabelText('Archive files'), files);
    // The result stays where the import started; the offer gives way once it is dismissed.
    const result = await within(offer).findByRole('region', { name: 'Archive import result' });
    expect(result.textContent).toContain('Archived 3 issues: 3 new, 0 updated.');
    await userEvent.click(within(result).getByRole('button', { name: 'Dismiss archive result' }));
    expect(screen.queryByRole('region', { name: 'Import your newsletter’s archive' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import archive folder' })).toBeTruthy();
  });

  it('has no archive input until the drafts are read, so none moves under a file drop', async () => {
    renderLibrary(new MemoryIssueRepository());
    expect(screen.getByText('Loading drafts…')).toBeTruthy();
    expect(screen.queryByLabelText('Archive folder')).toBeNull();
    const offer = await screen.findByRole('region', { name: 'Import your newsletter’s archive' });
    expect(within(offer).getByLabelText('Archive folder')).toBeTruthy();
    expect(screen.getAllByLabelText('Archive folder')).toHaveLength(1);
  });

  it('creates the issue after 056 from the template and opens it in the editor', async () => {
    const { repository } = await repositoryWith056();
    const router = renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    await userEvent.click(screen.getByRole('button', { name: 'New issue' }));
    const heading = await screen.findByRole('heading', { name: /^Editor for / });
    const id = router.state.location.pathname.replace('/issues/', '');
    expect(heading.textContent).toBe(`Editor for ${id}`);
    const created = (await repository.get(id))?.issue;
    expect(created).toBeDefined();
    const text = exportIssue(created!);
    expect(text).toContain('slug = "057"');
    expect(text).toContain('title = "EKS News 057"');
    expect(text).toContain('description = "#057 edition of the EKS newsletter"');
    expect(created!.sections.map((s) => s.heading)).toEqual([
      'New AWS services and features',
      'AWS blogs',
      'Community news and articles',
      'Videos and webinars',
      'Open source projects',
    ]);
  });

  it('duplicates a draft as a second, separate draft', async () => {
    const { repository, issue } = await repositoryWith056();
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    await userEvent.click(within(rowOf('EKS News 056')).getByRole('button', { name: 'Duplicate' }));
    await waitFor(() =>
      expect(screen.getAllByRole('link', { name: 'EKS News 056' })).toHaveLength(2),
    );
    const summaries = await repository.listSummaries();
    const copy = summaries.find((s) => s.id !== issue.id);
    expect(copy).toBeDefined();
    expect(exportIssue((await repository.get(copy!.id))!.issue)).toBe(readFixture('056.md'));
    // Its status is what its file says, as for 056 itself.
    expect(copy!.status).toBe('published');
  });

  it('deletes a draft and brings it back, revisions included, with Undo', async () => {
    const { repository, issue } = await repositoryWith056();
    await repository.addRevision(issue.id, issue, 'manual');
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    await userEvent.click(within(rowOf('EKS News 056')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'EKS News 056' })).toBeNull());
    expect(await repository.get(issue.id)).toBeUndefined();
    expect(screen.getByText('Deleted EKS News 056.')).toBeTruthy();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    await userEvent.click(undo);
    expect(await screen.findByRole('link', { name: 'EKS News 056' })).toBeTruthy();
    expect((await repository.get(issue.id))?.issue).toEqual(issue);
    expect(await repository.listRevisions(issue.id)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
