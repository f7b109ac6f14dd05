// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exportIssue } from '../../core/markdown/export-issue';
import { allCards } from '../../core/model/ops/locate';
import { openMoreActions } from '../../../test/support/open-more-actions';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';
import { exportedTextKey } from './exported-text';

const exportGroup = () => {
  openMoreActions();
  return screen.getByRole('group', { name: 'Export' });
};

/**
 * 056 has cards without a summary: each export asks first (see lint-gate.test.tsx). The first
 * check loads the checker, which can be slow here.
 */
async function exportAnyway(): Promise<void> {
  const anyway = await screen.findByRole('button', { name: 'Export anyway' }, { timeout: 5000 });
  fireEvent.click(anyway);
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('download and copy', () => {
  let saved: { name: string; blob: Blob } | undefined;
  beforeEach(() => {
    saved = undefined;
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:export'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
      this: HTMLAnchorElement,
    ) {
      saved = { name: this.download, blob: blob as Blob };
    });
  });

  it('downloads <slug>.md holding exactly the export, and copies the same text', async () => {
    const issue = corpusIssue('056.md');
    const { repository } = await renderCompose(issue);
    fireEvent.click(within(exportGroup()).getByRole('button', { name: 'Download markdown' }));
    await exportAnyway();
    await waitFor(() => expect(saved).toBeDefined());
    expect(saved!.name).toBe('056.md');
    expect(await saved!.blob.text()).toBe(exportIssue(issue));
    expect(within(exportGroup()).getByRole('status').textContent).toBe('Downloaded 056.md.');
    // What a save into the site folder later compares a file there with.
    await waitFor(async () =>
      expect(await repository.getSetting(exportedTextKey(issue.id))).toBe(exportIssue(issue)),
    );

    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    fireEvent.click(within(exportGroup()).getByRole('button', { name: 'Copy markdown' }));
    await exportAnyway();
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(exportIssue(issue)));
  });

  it('tells how many lines of the imported original the export changes', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    await waitFor(() =>
      expect(exportGroup().textContent).toContain('Export changes 0 lines of the original'),
    );
    const first = allCards(issue)[0]!.card;
    const card = screen.getByRole('article', { name: first.title });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Card title' }), {
      target: { value: 'Signing' },
    });
    // Counted again once typing has paused for a while, never on a keystroke.
    await waitFor(
      () => expect(exportGroup().textContent).toContain('Export changes 1 line of the original'),
      { timeout: 5000 },
    );
  });

  it('says nothing of an original for an issue that was edited before it was opened', async () => {
    const issue = { ...corpusIssue('056.md'), updatedAt: 1 };
    await renderCompose(issue);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(exportGroup().textContent).not.toContain('of the original');
  });
});
