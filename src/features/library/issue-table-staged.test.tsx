// @vitest-environment jsdom
// A long table (an imported archive) renders its first screenful with the table and the rest a
// batch per frame after it, marked busy until every row is in; a short one renders whole.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { IssueSummary } from '../../persistence/issue-repository';
import { IssueTable } from './issue-table';
import { FIRST_ROWS } from './use-staged-rows';

afterEach(cleanup);

function summaries(count: number): IssueSummary[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `issue-${n}`,
    title: `Issue ${n}`,
    slug: `issue-${n}`,
    status: 'published',
    date: '2024-01-05',
    cardCount: 50,
    updatedAt: n,
    archived: true,
    rev: 1,
  }));
}

function renderTable(count: number) {
  const noop = () => undefined;
  render(
    <MemoryRouter>
      <IssueTable
        caption="Archived drafts"
        summaries={summaries(count)}
        onDuplicate={noop}
        onDelete={noop}
      />
    </MemoryRouter>,
  );
  return screen.getByRole('table', { name: 'Archived drafts' });
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('a long issue table', () => {
  it('shows its first rows at once and the rest in order, busy until they are all in', async () => {
    const table = renderTable(420);
    expect(bodyRows(table)).toHaveLength(FIRST_ROWS);
    expect(table.getAttribute('aria-busy')).toBe('true');
    // Counted without role queries: each poll of a role query over hundreds of rows takes long
    // enough in jsdom, on a loaded machine, to hold up the batches it waits for.
    await waitFor(() => expect(table.querySelectorAll('tbody tr')).toHaveLength(420), {
      timeout: 5000,
    });
    expect(table.hasAttribute('aria-busy')).toBe(false);
    const titles = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(titles).toEqual(summaries(420).map((summary) => summary.title));
  });

  it('renders a short table whole and not busy', () => {
    const table = renderTable(FIRST_ROWS);
    expect(bodyRows(table)).toHaveLength(FIRST_ROWS);
    expect(table.hasAttribute('aria-busy')).toBe(false);
  });
});
