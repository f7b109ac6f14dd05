// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
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

  it('restores a version as one undoable change, keeping the current one first', async () => {
    const { store, repository } = await setUp();
    const current = store.getState().issue;
    const list = await openHistory(store, repository);
    const opened = within(list).getAllByRole('listitem')[1]!;
    await act(async () => {
      fireEvent.click(within(opened).getByRole('button', { name: /^Restore the version of / }));
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().issue.sections[0]!.blocks).toHaveLength(0);
    expect(store.getState().announcement?.message).toMatch(/^Restored the version of /);

    const [newest] = await repository.listRevisions(current.id);
    expect(newest?.reason).toBe('before-restore');
    expect((await repository.getRevision(newest!.id))?.snapshot).toEqual(current);

    store.getState().undo();
    expect(store.getState().issue.sections[0]!.blocks).toHaveLength(2);
  });

  it('offers no restore in a tab that only follows another', async () => {
    const { store, repository } = await setUp();
    store.getState().setReadOnly(true);
    const list = await openHistory(store, repository);
    for (const button of within(list).getAllByRole('button', { name: /^Restore/ }))
      expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('closes with Escape and gives focus back to the History button', async () => {
    const { store, repository } = await setUp();
    await openHistory(store, repository);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'History' }));
  });
});
