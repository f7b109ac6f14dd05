// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importIssue } from '../../core/markdown/import-issue';
import { setIssueStatus } from '../../core/status/set-issue-status';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { readFixture, renderLibrary } from '../../../test/support/render-library';

// Who set a draft's status and when, in its library row (issue 14, item 5): "set by Ana, 2 h
// ago" after the status, the exact time in the row's title and in the select's description; a
// status set without a name (a local draft) is "you"; nothing where no time is recorded.

afterEach(cleanup);

const HOUR = 3_600_000;

async function stampedDrafts(now: number) {
  const repository = new MemoryIssueRepository();
  const read = (slug: string) => importIssue(readFixture(`${slug}.md`), { id: `i-${slug}` });
  await repository.put(setIssueStatus(read('056'), 'ready', now - 2 * HOUR - 60_000, 'Ana'), 0);
  await repository.put(setIssueStatus(read('057'), 'in review', now - 5 * 60_000), 0);
  await repository.put(read('058'), 0);
  return repository;
}

const rowStatus = (title: string) =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: `Status of ${title}` });

const description = (select: HTMLElement) => {
  const id = select.getAttribute('aria-describedby');
  return id === null ? null : (document.getElementById(id)?.textContent ?? null);
};

describe('who set a status, in the library', () => {
  it('shows the name and how long ago, with the exact time as the description', async () => {
    const now = Date.now();
    renderLibrary(await stampedDrafts(now));
    await screen.findByRole('link', { name: 'EKS News 056' });
    const ready = rowStatus('EKS News 056');
    expect(ready.value).toBe('ready');
    const stamp = ready.parentElement?.querySelector('.status-stamp');
    expect(stamp?.textContent).toMatch(/^· set by Ana, 2 h ago \(.+\)$/);
    const exact = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    const when = exact.format(now - 2 * HOUR - 60_000);
    expect(stamp?.getAttribute('title')).toBe(`Set ${when}`);
    expect(description(ready)).toBe(`· set by Ana, 2 h ago (${when})`);
    const time = stamp?.querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe(new Date(now - 2 * HOUR - 60_000).toISOString());
  });

  it('says "you" for a status set without a name, and nothing where none was recorded', async () => {
    renderLibrary(await stampedDrafts(Date.now()));
    await screen.findByRole('link', { name: 'EKS News 056' });
    expect(description(rowStatus('EKS News 057'))).toMatch(/^· set by you, 5 min ago \(/);
    const unset = rowStatus('EKS News 058');
    expect(unset.getAttribute('aria-describedby')).toBeNull();
    expect(unset.parentElement?.querySelector('.status-stamp')).toBeNull();
  });

  it("points each select at its own stamp, whatever the draft's id holds", async () => {
    const repository = new MemoryIssueRepository();
    const now = Date.now();
    for (const [slug, id] of [
      ['056', 'a draft id'],
      ['057', 'a"draft id'],
    ] as const) {
      const issue = importIssue(readFixture(`${slug}.md`), { id });
      await repository.put(setIssueStatus(issue, 'ready', now - HOUR, 'Ana'), 0);
    }
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    const ids = ['EKS News 056', 'EKS News 057'].map((title) => {
      const id = rowStatus(title).getAttribute('aria-describedby') ?? '';
      // One token: a space would make it two references, neither of them the stamp.
      expect(id).not.toMatch(/\s/);
      expect(description(rowStatus(title))).toMatch(/^· set by Ana, 1 h ago \(/);
      return id;
    });
    expect(new Set(ids).size).toBe(2);
  });
});
