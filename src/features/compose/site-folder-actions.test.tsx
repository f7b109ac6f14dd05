// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exportIssue } from '../../core/markdown/export-issue';
import { allCards } from '../../core/model/ops/locate';
import { FakeFolder } from '../../../test/support/fake-folder';
import { openMoreActions } from '../../../test/support/open-more-actions';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';
import { originalTextKey } from './original-text';
import { SITE_FOLDER_ID } from './site-folder';

// "Save to site folder" and "Choose site folder" over an in-memory folder: one message in the
// export group's status region for each outcome. Issue 044 has a lint problem, so each save asks
// first ("Save anyway"), as an export does.

const ARCHIVES = 'content/en/archives';

const exportGroup = () => {
  openMoreActions();
  return screen.getByRole('group', { name: 'Export' });
};
const button = (name: string) => within(exportGroup()).getByRole('button', { name });
const status = () => within(exportGroup()).getByRole('status');

/** The EKS News site as far as saving sees it: issue 043 in content/en/archives. */
function eksSite(): FakeFolder {
  const site = new FakeFolder('eks-news-site');
  site.folder(ARCHIVES).files.set('043.md', 'issue 43');
  return site;
}

function usePicker(pick: () => Promise<unknown>) {
  const picker = vi.fn(pick);
  Object.assign(window, { showDirectoryPicker: picker });
  return picker;
}

/** Presses "Save to site folder" and answers the lint question. */
async function save(): Promise<void> {
  fireEvent.click(button('Save to site folder'));
  const anyway = await screen.findByRole('button', { name: 'Save anyway' }, { timeout: 5000 });
  fireEvent.click(anyway);
}

/** The message, once the save has gone through (the exporter may still be loading). */
const said = (text: string) =>
  waitFor(() => expect(status().textContent).toBe(text), { timeout: 10_000 });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
});

describe('save to site folder', () => {
  it('shows no folder buttons where the browser cannot write folders', async () => {
    await renderCompose(corpusIssue('044.md'));
    expect(within(exportGroup()).queryByRole('button', { name: /site folder/ })).toBeNull();
  });

  it('saves the export beside the other issues, says where, and remembers the folder', async () => {
    const site = eksSite();
    const picker = usePicker(async () => site);
    const issue = corpusIssue('044.md');
    const { repository } = await renderCompose(issue);
    expect(button('Choose site folder').className).toBe('button');

    await save();
    await said('Saved content/en/archives/044.md in eks-news-site.');
    expect(site.folder(ARCHIVES).files.get('044.md')).toBe(exportIssue(issue));
    expect((await repository.getFolderHandle(SITE_FOLDER_ID))?.handle).toBe(site);

    // The file there is now the last export: saved again without a question or a picker.
    site.permission = 'prompt';
    await save();
    await waitFor(() => expect(site.requested).toBe(1));
    await said('Saved content/en/archives/044.md in eks-news-site.');
    expect(screen.queryByRole('dialog', { name: 'Replace the file?' })).toBeNull();
    expect(picker).toHaveBeenCalledTimes(1);
  });

  it('says so when the browser refuses permission, and writes nothing', async () => {
    const site = eksSite();
    site.permission = 'prompt';
    site.answer = 'denied';
    usePicker(async () => site);
    await renderCompose(corpusIssue('044.md'));
    await save();
    await said(
      'The browser did not let Broadsheet write to eks-news-site: nothing was saved. ' +
        'Press Save to site folder again to be asked once more.',
    );
    expect(status().className).toContain('error');
    expect(site.folder(ARCHIVES).files.has('044.md')).toBe(false);
  });

  it('notes a cancelled picker', async () => {
    const picker = usePicker(async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    });
    const { repository } = await renderCompose(corpusIssue('044.md'));
    await save();
    await said('No folder chosen: nothing was saved.');
    expect(picker).toHaveBeenCalledTimes(1);
    expect(await repository.getFolderHandle(SITE_FOLDER_ID)).toBeUndefined();
  });

  it('refuses a folder without content/, says what it expected, and does not keep it', async () => {
    const archives = eksSite().folder(ARCHIVES);
    usePicker(async () => archives);
    const { repository } = await renderCompose(corpusIssue('044.md'));
    await save();
    await said(
      'archives has no content/ folder: choose the root folder of the Hugo site, the one that ' +
        'holds content/. Nothing was saved.',
    );
    expect(archives.files.has('044.md')).toBe(false);
    expect(await repository.getFolderHandle(SITE_FOLDER_ID)).toBeUndefined();
  });

  it('says the disk is full when the write fails for want of space', async () => {
    const site = eksSite();
    site.folder(ARCHIVES).files.set('044.md', 'kept');
    site.folder(ARCHIVES).writeError = new DOMException(
      'The quota is exceeded.',
      'QuotaExceededError',
    );
    usePicker(async () => site);
    const issue = corpusIssue('044.md');
    const { repository } = await renderCompose(issue);
    await repository.setSetting(originalTextKey(issue.id), 'kept');
    await save();
    await said(
      'content/en/archives/044.md was not saved: the disk is full. Nothing in the site was changed.',
    );
    expect(site.folder(ARCHIVES).files.get('044.md')).toBe('kept');
  });

  it('says why any other write failed', async () => {
    const site = eksSite();
    site.folder(ARCHIVES).writeError = new DOMException(
      'The file is locked.',
      'NoModificationAllowedError',
    );
    usePicker(async () => site);
    await renderCompose(corpusIssue('044.md'));
    await save();
    await said('Could not save content/en/archives/044.md: The file is locked.');
    expect(status().className).toContain('error');
    expect(site.folder(ARCHIVES).files.has('044.md')).toBe(false);
  });

  it('replaces the file it imported without asking', async () => {
    const site = eksSite();
    const original = 'the file 044 was imported from';
    site.folder(ARCHIVES).files.set('044.md', original);
    usePicker(async () => site);
    const issue = corpusIssue('044.md');
    const { repository } = await renderCompose(issue);
    await repository.setSetting(originalTextKey(issue.id), original);
    await save();
    await said('Saved content/en/archives/044.md in eks-news-site.');
    expect(site.folder(ARCHIVES).files.get('044.md')).toBe(exportIssue(issue));
  });

  it('asks before replacing a file changed outside Broadsheet, and keeps it if told', async () => {
    const site = eksSite();
    site.folder(ARCHIVES).files.set('044.md', 'changed by hand');
    usePicker(async () => site);
    const issue = corpusIssue('044.md');
    await renderCompose(issue);
    await save();
    const ask = await screen.findByRole('dialog', { name: 'Replace the file?' });
    expect(ask.textContent).toContain(
      'content/en/archives/044.md in eks-news-site differs from what Broadsheet last imported or exported',
    );
    const keep = within(ask).getByRole('button', { name: 'Keep the file' });
    await waitFor(() => expect(document.activeElement).toBe(keep));
    fireEvent.click(within(ask).getByRole('button', { name: 'Keep the file' }));
    await said('Kept content/en/archives/044.md as it was: nothing was saved.');
    expect(site.folder(ARCHIVES).files.get('044.md')).toBe('changed by hand');

    await save();
    const again = await screen.findByRole('dialog', { name: 'Replace the file?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Replace file' }));
    await said('Saved content/en/archives/044.md in eks-news-site.');
    expect(site.folder(ARCHIVES).files.get('044.md')).toBe(exportIssue(issue));
    await waitFor(() => expect(document.activeElement).toBe(button('Save to site folder')));
  });

  it('saves an edited issue under its slug, with the edit', async () => {
    const site = eksSite();
    usePicker(async () => site);
    await renderCompose(corpusIssue('044.md'));
    const first = allCards(corpusIssue('044.md'))[0]!.card;
    const card = screen.getByRole('article', { name: first.title });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Card title' }), {
      target: { value: 'Signing' },
    });
    await save();
    await said('Saved content/en/archives/044.md in eks-news-site.');
    expect(site.folder(ARCHIVES).files.get('044.md')).toContain('[Signing](');
  });
});

describe('choose site folder', () => {
  it('opens the picker at once and tells where this issue will be saved', async () => {
    const site = eksSite();
    site.folder(ARCHIVES).files.set('044.md', 'there');
    const picker = usePicker(async () => site);
    const { repository } = await renderCompose(corpusIssue('044.md'));
    fireEvent.click(button('Choose site folder'));
    expect(picker).toHaveBeenCalledTimes(1);
    await said(
      'Site folder eks-news-site: this issue will be saved as content/en/archives/044.md.',
    );
    expect((await repository.getFolderHandle(SITE_FOLDER_ID))?.handle).toBe(site);
    expect(site.folder(ARCHIVES).files.get('044.md')).toBe('there');
  });

  it('says what it expected of a folder without content/', async () => {
    usePicker(async () => new FakeFolder('Downloads'));
    await renderCompose(corpusIssue('044.md'));
    fireEvent.click(button('Choose site folder'));
    await said(
      'Downloads has no content/ folder: choose the root folder of the Hugo site, the one that ' +
        'holds content/. Nothing was saved.',
    );
  });
});
