// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { changedLines } from '../../../test/helpers/changed-lines';
import { readCorpus } from '../../../test/helpers/corpus';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';
import { exportIssue } from '../../core/markdown/export-issue';

afterEach(cleanup);

const bar = () => screen.getByRole('toolbar', { name: 'Editor actions' });
const statusIn = (where: HTMLElement) =>
  within(where).getByRole<HTMLSelectElement>('combobox', { name: 'Status' });
/** The bar's own select, whether or not More actions (inside the bar) is open. */
const barStatus = () => {
  const [select] = within(bar())
    .getAllByRole<HTMLSelectElement>('combobox', { name: 'Status' })
    .filter((el) => el.closest('[role="group"]') === null);
  if (select === undefined) throw new Error('no status in the bar');
  return select;
};

describe('the status control in the editor', () => {
  it('shows the status the file says, and sets it with the draft line', async () => {
    const rendered = await renderCompose(corpusIssue('056.md'), { delayMs: 10 });
    const select = barStatus();
    expect(select.value).toBe('published');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Draft', 'In review', 'Ready', 'Published']);
    await userEvent.selectOptions(select, 'In review');
    expect(select.value).toBe('in review');
    const form = screen.getByRole('region', { name: 'Front matter' });
    expect(within(form).getByRole('checkbox', { name: 'Draft' })).toHaveProperty('checked', true);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));
    const stored = (await rendered.repository.get(rendered.issue.id))!.issue;
    expect(stored.status).toBe('in review');
    expect(changedLines(readCorpus('056.md'), exportIssue(stored))).toEqual({
      removed: ['draft = false'],
      added: ['draft = true'],
    });
  });

  it('says who set it and when: "you" for a local draft, described to screen readers', async () => {
    await renderCompose(corpusIssue('056.md'));
    const select = barStatus();
    expect(select.getAttribute('aria-describedby')).toBeNull();
    await userEvent.selectOptions(select, 'Ready');
    const stamp = document.getElementById(select.getAttribute('aria-describedby') ?? '');
    expect(stamp?.textContent).toMatch(/^· set by you, just now \(.+\)$/);
    expect(stamp?.getAttribute('title')).toMatch(/^Set /);
  });

  it('follows the draft checkbox, and undoes with the toolbar', async () => {
    await renderCompose(corpusIssue('056.md'));
    const form = screen.getByRole('region', { name: 'Front matter' });
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Draft' }));
    expect(barStatus().value).toBe('draft');
    await userEvent.click(within(bar()).getByRole('button', { name: 'Undo' }));
    expect(barStatus().value).toBe('published');
  });

  it('is in More actions too, for a phone, where it is one key away', async () => {
    await renderCompose(corpusIssue('056.md'));
    await userEvent.click(within(bar()).getByRole('button', { name: 'More actions' }));
    const menu = screen.getByRole('group', { name: 'More actions' });
    const select = statusIn(menu);
    await userEvent.selectOptions(select, 'Ready');
    expect(barStatus().value).toBe('ready');
  });
});
