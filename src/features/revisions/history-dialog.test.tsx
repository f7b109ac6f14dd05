// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkCard } from '../../core/model/types';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { newIssue } from '../../core/template/new-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { createEditorStore, type EditorStore } from '../../state/create-editor-store';
import { HistoryButton } from './history-button';

afterEach(cleanup);

let clock = 1_700_000_000_000;
const now = () => (clock += 60_000);

/** A stored issue with two revisions: as opened, and after a card was added. */
async function setUp(): Promise<{ store: EditorStore; repository: MemoryIssueRepository }> {
  const repository = new MemoryIssueRepository({ now });
  const opened = newIssue(eksNewsTemplate, '080', '2025-01-09T15:00:00Z', 1);
  await repository.put(opened);
  await repository.addRevision(opened.id, opened, 'opened');
  const store = createEditorStore(opened, { revision: 1 });
  store.getState().addLinkCard('https://example.com/first', opened.sections[0]!.id, 'First');
  await repository.addRevision(opened.id, store.getState().issue, 'periodic');
  store.getState().addLinkCard('https://example.com/second', opened.sections[0]!.id, 'Second');
  return { store, repository };
}

async function openHistory(store: EditorStore, repository: MemoryIssueRepository) {
  render(<HistoryButton store={store} revisions={repository} />);
  const button = screen.getByRole('button', { name: 'History' });
  button.focus();
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'History' });
  return within(dialog).findByRole('list', { name: 'Kept versions' });
}

/** Chooses the oldest version kept and waits for the lines restoring it changes. */
async function chooseOldest(list: HTMLElement) {
  const rows = within(list).getAllByRole('listitem');
  fireEvent.click(within(rows[rows.length - 1]!).getByRole('button', { name: /^Show the / }));
  const dialog = screen.getByRole('dialog');
  const detail = within(dialog).getByRole('region', { name: /^The version of / });
  await within(detail).findByRole('list', { name: 'Lines restoring it changes' });
  return detail;
}

const cardTitles = (store: EditorStore) =>
  (store.getState().issue.sections[0]!.blocks as LinkCard[]).map((card) => card.title);

describe('the history dialog', () => {
  it('lists kept versions newest first, with why each was kept and what changed', async () => {
    const { store, repository } = await setUp();
    const list = await openHistory(store, repository);
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.getAttribute('aria-label')).toMatch(/^While editing, /);
    expect(rows[0]!.textContent).toContain('1 card added · 1 card');
    expect(rows[1]!.getAttribute('aria-label')).toMatch(/^As opened, /);
    expect(rows[1]!.textContent).toContain('The oldest version kept · 0 cards');
  });

  it('shows the lines of the exported file that restoring a version changes', async () => {
    const { store, repository } = await setUp();
    const detail = await chooseOldest(await openHistory(store, repository));
    const lines = within(detail).getByRole('list', { name: 'Lines restoring it changes' });
    const removed = lines.querySelectorAll('.diff-removed');
    const text = [...removed].map((line) => line.textContent);
    expect(text.some((line) => line?.includes('[First](https://example.com/first)'))).toBe(true);
    expect(text.some((line) => line?.includes('[Second](https://example.com/second)'))).toBe(true);
    expect(text.every((line) => line?.startsWith('Removed: '))).toBe(true);
    expect(lines.querySelectorAll('.diff-added')).toHaveLength(0);
    expect(detail.textContent).toContain(`removes ${removed.length} lines`);
    expect(detail.textContent).toContain('brings back 0 lines');
  });

  it('names a version: the name is stored and shown in the list', async () => {
    const { store, repository } = await setUp();
    const detail = await chooseOldest(await openHistory(store, repository));
    fireEvent.change(within(detail).getByRole('textbox', { name: 'Name' }), {
      target: { value: '  Before the reviewers  ' },
    });
    await act(async () => {
      fireEvent.click(within(detail).getByRole('button', { name: 'Save name' }));
    });
    expect(within(detail).getByRole('status').textContent).toContain('Before the reviewers');
    const oldest = (await repository.listRevisions(store.getState().issue.id)).at(-1);
    expect(oldest?.name).toBe('Before the reviewers');
    const list = screen.getByRole('list', { name: 'Kept versions' });
    const row = await within(list).findByRole('listitem', { name: /^Before the reviewers, / });
    expect(row.textContent).toContain('Before the reviewers');
  });

  it('restores a version as one change, keeps the current one first, and undoes it', async () => {
    const { store, repository } = await setUp();
    const current = store.getState().issue;
    const detail = await chooseOldest(await openHistory(store, repository));
    await act(async () => {
      fireEvent.click(within(detail).getByRole('button', { name: /^Restore the version of / }));
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(cardTitles(store)).toEqual([]);
    const [newest] = await repository.listRevisions(current.id);
    expect(newest?.reason).toBe('before-restore');
    expect((await repository.getRevision(newest!.id))?.snapshot).toEqual(current);

    const undo = await screen.findByRole('button', { name: 'Undo restore' });
    expect(undo.closest('.toast')?.textContent).toMatch(/^Restored the version of /);
    expect(document.activeElement).toBe(undo);
    fireEvent.click(undo);
    expect(cardTitles(store)).toEqual(['First', 'Second']);
    expect(await screen.findByText('Restore undone.')).toBeTruthy();
  });

  it('undoes a restore followed by other changes as a change of its own', async () => {
    const { store, repository } = await setUp();
    const detail = await chooseOldest(await openHistory(store, repository));
    await act(async () => {
      fireEvent.click(within(detail).getByRole('button', { name: /^Restore the version of / }));
    });
    const section = store.getState().issue.sections[0]!.id;
    store.getState().addLinkCard('https://example.com/third', section, 'Third');
    fireEvent.click(await screen.findByRole('button', { name: 'Undo restore' }));
    expect(cardTitles(store)).toEqual(['First', 'Second']);
    store.getState().undo();
    expect(cardTitles(store)).toEqual(['Third']);
  });

  it('offers no restore in a tab that only follows another', async () => {
    const { store, repository } = await setUp();
    store.getState().setReadOnly(true);
    const detail = await chooseOldest(await openHistory(store, repository));
    const restore = within(detail).getByRole('button', { name: /^Restore the version of / });
    expect((restore as HTMLButtonElement).disabled).toBe(true);
  });

  it('closes with Escape and gives focus back to the History button', async () => {
    const { store, repository } = await setUp();
    await openHistory(store, repository);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'History' }));
  });
});
