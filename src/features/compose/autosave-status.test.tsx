// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { render } from '@testing-library/react';
import { allCards } from '../../core/model/ops/locate';
import { FailingRepository } from '../../../test/support/failing-repository';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { ComposeLoader } from './compose-loader';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const status = () => screen.getByRole('status').textContent;

function renameFirstCard(title: string) {
  const issue = corpusIssue('056.md');
  const first = allCards(issue)[0]!.card;
  const box = within(screen.getAllByRole('article')[0]!).getByRole('textbox', {
    name: 'Card title',
  });
  expect(screen.getAllByRole('article')[0]!.getAttribute('aria-label')).toBe(first.title);
  fireEvent.change(box, { target: { value: title } });
}

describe('the save status line', () => {
  it('says Saving... while an edit waits, then All changes saved once written', async () => {
    const issue = corpusIssue('056.md');
    const { repository } = await renderCompose(issue);
    expect(status()).toBe('All changes saved');
    renameFirstCard('Signing');
    expect(status()).toBe('Saving...');
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(status()).toBe('Saving...');
    expect((await repository.get(issue.id))?.rev).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(300));
    expect(status()).toBe('All changes saved');
    expect((await repository.get(issue.id))?.rev).toBe(2);
  });

  it('writes at once when the page is hidden', async () => {
    const issue = corpusIssue('056.md');
    const { repository } = await renderCompose(issue);
    renameFirstCard('Signing');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect((await repository.get(issue.id))?.rev).toBe(2);
    expect(status()).toBe('All changes saved');
  });

  it('stops saving when another tab saved first, and reloads its version on request', async () => {
    const issue = corpusIssue('056.md');
    const { repository } = await renderCompose(issue);
    const theirs = structuredClone(issue);
    theirs.sections[0]!.heading = 'Changed in the other tab';
    delete theirs.sections[0]!.headingSource;
    await repository.put(theirs, 1);
    renameFirstCard('Mine');
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(status()).toBe('Not saved: this draft changed in another tab');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This draft changed in another tab');
    expect(within(alert).getByRole('button', { name: 'Download backup' })).toBeTruthy();
    expect((await repository.get(issue.id))?.issue.sections[0]!.heading).toBe(
      'Changed in the other tab',
    );
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('region', { name: 'Changed in the other tab' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(status()).toBe('All changes saved');
  });

  it('keeps edits in memory and offers a backup when storage is full', async () => {
    const issue = corpusIssue('056.md');
    const memory = new MemoryIssueRepository();
    const failing = new FailingRepository(memory);
    await renderCompose(issue, { memory, repository: failing });
    failing.failWith();
    renameFirstCard('Kept in memory');
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(status()).toBe('Not saved: the browser storage failed');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/storage is full/);
    expect(within(alert).getByRole('button', { name: 'Download backup' })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Kept in memory' })).toBeTruthy();
    failing.heal();
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(status()).toBe('All changes saved');
    expect(JSON.stringify((await memory.get(issue.id))?.issue)).toContain('Kept in memory');
  });
});

describe('opening a draft', () => {
  it('says clearly when there is no such draft', async () => {
    await act(async () => {
      render(
        <MemoryRouter>
          <ComposeLoader issueId="nope" repository={new MemoryIssueRepository()} />
        </MemoryRouter>,
      );
    });
    expect(await screen.findByRole('heading', { name: 'Draft not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the library' }).getAttribute('href')).toBe(
      '/',
    );
  });
});
