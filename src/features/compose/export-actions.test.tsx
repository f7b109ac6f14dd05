// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exportIssue } from '../../core/markdown/export-issue';
import { allCards } from '../../core/model/ops/locate';
import { openMoreActions } from '../../../test/support/open-more-actions';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';

/** A folder as the File System Access API hands it out, in memory. */
class FakeFolder {
  readonly files = new Map<string, string>();
  readonly folders = new Map<string, FakeFolder>();
  permission: 'granted' | 'prompt' = 'prompt';
  requested = 0;
  constructor(readonly name: string) {}

  async getDirectoryHandle(name: string): Promise<FakeFolder> {
    const folder = this.folders.get(name);
    if (!folder) throw new DOMException(`${name} not found`, 'NotFoundError');
    return folder;
  }

  async getFileHandle(name: string, options: { create?: boolean } = {}) {
    if (!this.files.has(name) && !options.create)
      throw new DOMException(`${name} not found`, 'NotFoundError');
    return {
      createWritable: async () => {
        let written = '';
        return {
          write: async (data: string) => void (written += data),
          close: async () => void this.files.set(name, written),
        };
      },
    };
  }

  async queryPermission() {
    return this.permission;
  }

  async requestPermission() {
    this.requested++;
    this.permission = 'granted';
    return this.permission;
  }

  folder(path: string): FakeFolder {
    return path.split('/').reduce<FakeFolder>((at, part) => {
      const next = at.folders.get(part) ?? new FakeFolder(part);
      at.folders.set(part, next);
      return next;
    }, this);
  }
}

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
  delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
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
    await renderCompose(issue);
    fireEvent.click(within(exportGroup()).getByRole('button', { name: 'Download markdown' }));
    await exportAnyway();
    await waitFor(() => expect(saved).toBeDefined());
    expect(saved!.name).toBe('056.md');
    expect(await saved!.blob.text()).toBe(exportIssue(issue));
    expect(exportGroup().textContent).toContain('Downloaded 056.md.');

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

describe('save to site folder', () => {
  it('has no such button where the browser cannot write folders', async () => {
    await renderCompose(corpusIssue('056.md'));
    expect(within(exportGroup()).queryByRole('button', { name: 'Save to site folder' })).toBeNull();
  });

  it('writes content/en/archives/<slug>.md, asks before replacing, and remembers the folder', async () => {
    const site = new FakeFolder('eks-news-site');
    site.folder('content/en/archives').files.set('056.md', 'old text');
    const picker = vi.fn(async () => site);
    Object.assign(window, { showDirectoryPicker: picker });
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const save = within(exportGroup()).getByRole('button', { name: 'Save to site folder' });

    fireEvent.click(save);
    await exportAnyway();
    const ask = await screen.findByRole('alertdialog', { name: 'Replace the file?' });
    expect(ask.textContent).toContain('eks-news-site/content/en/archives/056.md already exists');
    expect(site.requested).toBe(1);
    fireEvent.click(within(ask).getByRole('button', { name: 'Keep the file' }));
    expect(site.folder('content/en/archives').files.get('056.md')).toBe('old text');

    fireEvent.click(save);
    await exportAnyway();
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace file' }),
    );
    await waitFor(() =>
      expect(site.folder('content/en/archives').files.get('056.md')).toBe(exportIssue(issue)),
    );
    expect(exportGroup().textContent).toContain('Saved eks-news-site/content/en/archives/056.md.');
    expect(picker).toHaveBeenCalledTimes(1);
  });

  it('writes into the chosen folder itself when it has no content/en/archives', async () => {
    const folder = new FakeFolder('drafts');
    folder.permission = 'granted';
    Object.assign(window, { showDirectoryPicker: async () => folder });
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    fireEvent.click(within(exportGroup()).getByRole('button', { name: 'Save to site folder' }));
    await exportAnyway();
    await waitFor(() => expect(folder.files.get('056.md')).toBe(exportIssue(issue)));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(folder.requested).toBe(0);
  });
});
