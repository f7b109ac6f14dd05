// @vitest-environment jsdom
// The stored draft vanishes while the editor holds it: another tab deletes it, or the browser
// clears the site's data (the whole database goes). The editor says which, keeps the edits, and
// offers first to save this tab's copy again; a real save by another tab is still a conflict.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { RepositoryContext } from '../../components/repository-context';
import { DexieIssueRepository } from '../../persistence/dexie-issue-repository';
import { ComposeLoader } from '../compose/compose-loader';
import { corpusIssue } from '../../../test/support/render-compose';

const NAME = 'broadsheet-lost';
const open: DexieIssueRepository[] = [];

afterEach(() => {
  cleanup();
  open.splice(0).forEach((repository) => repository.close());
});

/** One browser profile: tabs are repositories over the same IndexedDB. */
function profile() {
  const indexedDB = new IDBFactory();
  const tab = () => {
    const repository = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    open.push(repository);
    return repository;
  };
  const clearSiteData = () =>
    new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
  return { tab, clearSiteData };
}

async function openEditor() {
  const { tab, clearSiteData } = profile();
  const repository = tab();
  const issue = corpusIssue('056.md');
  await repository.put(issue);
  await act(async () => {
    render(
      <RepositoryContext value={{ repository, persistent: true }}>
        <MemoryRouter>
          <ComposeLoader issueId={issue.id} repository={repository} autosaveDelayMs={20} />
        </MemoryRouter>
      </RepositoryContext>,
    );
  });
  await screen.findByRole('toolbar', { name: 'Editor actions' });
  return { repository, issue, otherTab: tab, clearSiteData };
}

// Generous waits: the first render of the editor is slow on a busy machine.
// Autosave and fake IndexedDB can be slow while the whole suite runs on a small machine.
const wait = { timeout: 15_000 };
const allSaved = () => screen.findByText('All changes saved', {}, wait);
const banner = () => screen.findByRole('alert', {}, wait);

const firstTitle = () =>
  within(screen.getAllByRole('article')[0]!).getByRole('textbox', {
    name: 'Card title',
  }) as HTMLInputElement;

function type(value: string) {
  fireEvent.change(firstTitle(), { target: { value } });
}

const storedTitle = async (repository: DexieIssueRepository, id: string) => {
  const block = (await repository.get(id))?.issue.sections[0]!.blocks[0];
  return block?.kind === 'card' ? block.title : undefined;
};

const stored = (repository: DexieIssueRepository, id: string, title: string) =>
  waitFor(async () => expect(await storedTitle(repository, id)).toBe(title), wait);

/** Saving the tab's copy again stores it, and saving goes on from there. */
async function saveAgainAndGoOn(repository: DexieIssueRepository, id: string) {
  const buttons = within(screen.getByRole('alert')).getAllByRole('button');
  expect(buttons.map((button) => button.textContent)).toEqual([
    'Save this copy again',
    'Download backup',
  ]);
  fireEvent.click(buttons[0]!);
  await waitFor(() => expect(screen.queryByRole('alert')).toBeNull(), wait);
  expect(await storedTitle(repository, id)).toBe('Typed after it was gone');
  type('Typed after saving again');
  await allSaved();
  await stored(repository, id, 'Typed after saving again');
}

// Each test waits on several saves in turn, each allowed 15 s: the suite's 20 s per test is too
// short for their sum while the whole suite loads a small machine.
describe('a stored draft that vanishes under the editor', { timeout: 60_000 }, () => {
  it('says another tab removed it, and saves this copy again', async () => {
    const { repository, issue, otherTab } = await openEditor();
    type('Typed before');
    await stored(repository, issue.id, 'Typed before');
    await otherTab().delete(issue.id);

    type('Typed after it was gone');
    const shown = await banner();
    expect(shown.textContent).toContain(
      "This draft was removed from the browser's storage in another tab or window.",
    );
    expect(shown.textContent).toContain('Your edits are still in this tab.');
    expect(shown.textContent).not.toContain('changed in another tab');
    expect(within(shown).queryByRole('button', { name: 'Reload' })).toBeNull();
    await saveAgainAndGoOn(repository, issue.id);
  });

  it("says the site's data was cleared when the whole database went, and saves this copy again", async () => {
    const { repository, issue, clearSiteData } = await openEditor();
    type('Typed before');
    await stored(repository, issue.id, 'Typed before');
    await clearSiteData();

    type('Typed after it was gone');
    const shown = await banner();
    expect(shown.textContent).toContain(
      "The browser removed this draft from its storage: the site's data was cleared.",
    );
    expect(shown.textContent).toContain('Your edits are still in this tab.');
    expect(document.querySelector('.save-status')?.textContent).toBe(
      "Not saved: this draft is no longer in the browser's storage",
    );
    await saveAgainAndGoOn(repository, issue.id);
  });

  it('still calls a save made by another tab a conflict, and offers to reload', async () => {
    const { repository, issue, otherTab } = await openEditor();
    const other = otherTab();
    const theirs = (await other.get(issue.id))!;
    await other.put({ ...theirs.issue, preamble: 'from the other tab' }, theirs.rev);

    type('Typed in this tab');
    const shown = await banner();
    expect(shown.textContent).toContain('This draft changed in another tab.');
    expect(within(shown).getAllByRole('button')[0]!.textContent).toBe('Reload');
    expect(within(shown).queryByRole('button', { name: 'Save this copy again' })).toBeNull();
    expect((await repository.get(issue.id))?.issue.preamble).toBe('from the other tab');
  });
});
