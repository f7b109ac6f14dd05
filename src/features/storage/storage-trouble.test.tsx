// @vitest-environment jsdom
// Storage trouble in the editor, with a repository that fails on demand: whatever the failure
// looks like (a plain QuotaExceededError, one wrapped in an AbortError as IndexedDB aborts the
// transaction, an unknown error), the banner says so, the edit stays on screen, "Download backup"
// gives it as a file, and closing the tab asks first.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FailingRepository } from '../../../test/support/failing-repository';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { simulatedQuotaError } from '../../../test/support/simulated-storage-errors';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';

let downloads: Blob[] = [];

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  downloads = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    downloads.push(blob as Blob);
    return 'blob:download';
  };
  URL.revokeObjectURL = () => undefined;
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function editWhileFailing(make: () => unknown) {
  const issue = corpusIssue('056.md');
  const memory = new MemoryIssueRepository();
  const failing = new FailingRepository(memory);
  await renderCompose(issue, { memory, repository: failing });
  failing.failWith(make);
  const card = screen.getAllByRole('article')[0]!;
  fireEvent.change(within(card).getByRole('textbox', { name: 'Card title' }), {
    target: { value: 'Only in this tab' },
  });
  await act(() => vi.advanceTimersByTimeAsync(1_100));
  return { memory, failing, issue };
}

const failures: [string, () => unknown, RegExp][] = [
  [
    'a QuotaExceededError',
    () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    /storage is full/,
  ],
  ['a quota error inside an AbortError', simulatedQuotaError, /storage is full/],
  ['any other failed write', () => new Error('disk on fire'), /Saving failed \(disk on fire\)/],
];

describe('storage trouble in the editor', () => {
  it.each(failures)('shows the banner and keeps the edit for %s', async (_, make, message) => {
    const { memory, issue } = await editWhileFailing(make);
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toMatch(message);
    expect(banner.textContent).toContain('Your changes are kept in this tab');
    expect(screen.getByRole('article', { name: 'Only in this tab' })).toBeTruthy();
    expect(JSON.stringify((await memory.get(issue.id))?.issue)).not.toContain('Only in this tab');
  });

  it('downloads the edits that could not be saved', async () => {
    await editWhileFailing(simulatedQuotaError);
    const banner = screen.getByRole('alert');
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Download backup' }));
      await vi.advanceTimersByTimeAsync(0);
    });
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(await downloads[0]!.text()).toContain('Only in this tab');
  });

  it('asks before the tab closes with edits storage refused', async () => {
    await editWhileFailing(simulatedQuotaError);
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
  });
});
