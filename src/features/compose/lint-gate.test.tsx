// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { lintIssue } from '../../core/lint/lint-issue';
import { allCards } from '../../core/model/ops/locate';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { openMoreActions } from '../../../test/support/open-more-actions';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';
import { LINT_GATE_SHOWN } from './lint-gate-dialog';

// Lint at the moment of export (issue 15, item 4): an issue with problems is never exported or
// shared silently. 056 has cards without a summary; 068 has no problem.

/** The first check loads the checker, which can be slow here. */
const slow = { timeout: 5000 };
const exportGroup = () => {
  openMoreActions();
  return screen.getByRole('group', { name: 'Export' });
};
const exportButton = (name: string) => within(exportGroup()).getByRole('button', { name });
let downloads: string[];

beforeEach(() => {
  downloads = [];
  URL.createObjectURL = vi.fn(() => 'blob:export');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(
    this: HTMLAnchorElement,
  ) {
    downloads.push(this.download);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('exporting an issue with lint problems', () => {
  it('asks first: the count, the first few, focus on "Export anyway", which then exports', async () => {
    const issue = corpusIssue('056.md');
    const problems = lintIssue(issue, eksNewsTemplate);
    await renderCompose(issue);
    const download = exportButton('Download markdown');
    download.focus();
    fireEvent.click(download);
    const dialog = await screen.findByRole(
      'dialog',
      { name: `${problems.length} problems in this issue` },
      slow,
    );
    const listed = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(listed).toEqual(
      problems.slice(0, LINT_GATE_SHOWN).map((p) => `Line ${p.line} ${p.message}`),
    );
    expect(dialog.textContent).toContain(`and ${problems.length - LINT_GATE_SHOWN} more.`);
    const anyway = within(dialog).getByRole('button', { name: 'Export anyway' });
    await waitFor(() => expect(document.activeElement).toBe(anyway));
    expect(downloads).toEqual([]);

    fireEvent.click(anyway);
    await waitFor(() => expect(downloads).toEqual(['056.md']));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(download));
  });

  it('exports nothing on Escape, and gives the focus back to the button', async () => {
    await renderCompose(corpusIssue('056.md'));
    const copy = exportButton('Copy markdown');
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    copy.focus();
    fireEvent.click(copy);
    const dialog = await screen.findByRole('dialog', {}, slow);
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(document.activeElement ?? dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(copy));
    expect(writeText).not.toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog, between its two named buttons', async () => {
    await renderCompose(corpusIssue('056.md'));
    fireEvent.click(exportButton('Download markdown'));
    const dialog = await screen.findByRole('dialog', {}, slow);
    const buttons = within(dialog).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Export anyway', 'Show problems']);
    buttons[1]!.focus();
    fireEvent.keyDown(buttons[1]!, { key: 'Tab' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('"Show problems" exports nothing and takes the focus to the first problem', async () => {
    const issue = corpusIssue('056.md');
    const [first] = lintIssue(issue, eksNewsTemplate);
    await renderCompose(issue);
    fireEvent.click(exportButton('Download markdown'));
    const dialog = await screen.findByRole('dialog', {}, slow);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Show problems' }));
    const panel = screen.getByRole('complementary', { name: /^Problems/ });
    await waitFor(() => expect(panel.contains(document.activeElement)).toBe(true));
    expect(document.activeElement?.textContent).toBe(`Line ${first!.line} ${first!.message}`);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(downloads).toEqual([]);
  });

  it('exports a clean issue at once', async () => {
    await renderCompose(corpusIssue('068.md'));
    fireEvent.click(exportButton('Download markdown'));
    await waitFor(() => expect(downloads).toEqual(['068.md']), slow);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('checks the issue as it is now, not as the panel last saw it', async () => {
    const issue = corpusIssue('068.md');
    await renderCompose(issue);
    const [one, two] = allCards(issue);
    const card = screen.getByRole('article', { name: two!.card.title });
    fireEvent.change(within(card).getByRole('textbox', { name: 'URL' }), {
      target: { value: one!.card.url },
    });
    fireEvent.click(exportButton('Download markdown'));
    const dialog = await screen.findByRole('dialog', { name: '1 problem in this issue' }, slow);
    expect(dialog.textContent).toContain(`${one!.card.url} is already linked by`);
    expect(downloads).toEqual([]);
  });

  it('asks before sharing too, with "Share anyway"', async () => {
    await renderCompose(corpusIssue('056.md'));
    const share = screen.getByRole('button', { name: 'Share for review' });
    fireEvent.click(share);
    const dialog = await screen.findByRole('dialog', {}, slow);
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Share anyway', 'Show problems']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Share anyway' }));
    await waitFor(() => expect(share.getAttribute('aria-describedby')).not.toBeNull());
  });
});
