// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { exportIssue } from '../../core/markdown/export-issue';
import { importIssue } from '../../core/markdown/import-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { changedLines } from '../../../test/helpers/changed-lines';
import { readFixture, renderLibrary } from '../../../test/support/render-library';

// The status in the library (issue 15, item 3): each draft's status as its file says, set from
// its row with the draft line kept in step, and a filter by status that the keyboard works.

afterEach(cleanup);

/** 056 (draft = false), 057 made a draft (draft = true), and 058 in review. */
async function threeDrafts() {
  const repository = new MemoryIssueRepository();
  const asDraft = readFixture('057.md').replace('draft = false', 'draft = true');
  await repository.put(importIssue(readFixture('056.md'), { id: 'i-056' }), 0);
  await repository.put(importIssue(asDraft, { id: 'i-057' }), 0);
  await repository.put(
    { ...importIssue(readFixture('058.md'), { id: 'i-058' }), status: 'in review' },
    0,
  );
  return repository;
}

const titles = () => screen.queryAllByRole('rowheader').map((cell) => cell.textContent);
const rowStatus = (title: string) =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: `Status of ${title}` });

describe('the library and the status', () => {
  it('shows each draft with the status its file gives it', async () => {
    renderLibrary(await threeDrafts());
    await screen.findByRole('link', { name: 'EKS News 056' });
    expect(rowStatus('EKS News 056').value).toBe('published');
    expect(rowStatus('EKS News 057').value).toBe('draft');
    expect(rowStatus('EKS News 058').value).toBe('in review');
  });

  it('filters by status, from the keyboard, and says when none has it', async () => {
    const router = renderLibrary(await threeDrafts());
    await screen.findByRole('link', { name: 'EKS News 056' });
    const filter = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Filter by status' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All (3)', 'Draft (1)', 'In review (1)', 'Ready (0)', 'Published (1)']);
    for (let tabs = 0; tabs < 10 && document.activeElement !== filter; tabs++) {
      await userEvent.tab();
    }
    expect(document.activeElement).toBe(filter);
    await userEvent.selectOptions(filter, 'in review');
    await waitFor(() => expect(titles()).toEqual(['EKS News 058']));
    expect(router.state.location.search).toBe('?status=in+review');
    await userEvent.selectOptions(filter, 'ready');
    expect(await screen.findByText('No draft is ready.')).toBeTruthy();
    await userEvent.selectOptions(filter, 'all');
    await waitFor(() => expect(titles()).toHaveLength(3));
  });

  it('sets a status from the row, with the draft line, and the filter follows', async () => {
    const repository = await threeDrafts();
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by status' }),
      'published',
    );
    await waitFor(() => expect(titles()).toEqual(['EKS News 056']));
    await userEvent.selectOptions(rowStatus('EKS News 056'), 'ready');
    await waitFor(() => expect(titles()).toEqual([]));
    const stored = (await repository.get('i-056'))!;
    expect([stored.issue.status, stored.rev]).toEqual(['ready', 2]);
    expect(exportIssue(stored.issue)).toBe(readFixture('056.md'));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by status' }),
      'ready',
    );
    await userEvent.selectOptions(rowStatus('EKS News 056'), 'in review');
    await waitFor(async () =>
      expect((await repository.get('i-056'))!.issue.status).toBe('in review'),
    );
    const edited = exportIssue((await repository.get('i-056'))!.issue);
    expect(changedLines(readFixture('056.md'), edited)).toEqual({
      removed: ['draft = false'],
      added: ['draft = true'],
    });
  });
});
