// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RepositoryContext } from '../../components/repository-context';
import { setFrontMatterValue } from '../../core/front-matter/set-front-matter-value';
import { lintIssue } from '../../core/lint/lint-issue';
import { importIssue } from '../../core/markdown/import-issue';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { LINT_GATE_SHOWN } from '../compose/lint-gate-dialog';
import { IssuePreviewPage } from './issue-preview-page';

const sample = readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8');

interface Download {
  blob: Blob;
  fileName: string;
}

let downloads: Download[];
let blobs: Map<string, Blob>;

beforeEach(() => {
  downloads = [];
  blobs = new Map();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ blob: blobs.get(this.href)!, fileName: this.download });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function renderPreview(text = sample) {
  const repository = new MemoryIssueRepository();
  const issue = importIssue(text);
  await repository.put(issue, 0);
  const router = createMemoryRouter(
    [
      { path: '/issues/:id/preview', Component: IssuePreviewPage },
      { path: '/issues/:id', element: <h1>Editor stand-in</h1> },
      { path: '/', element: <h1>Library stand-in</h1> },
    ],
    { initialEntries: [`/issues/${issue.id}/preview`] },
  );
  render(
    <RepositoryContext value={{ repository, persistent: true }}>
      <RouterProvider router={router} />
    </RepositoryContext>,
  );
  await screen.findByRole('heading', { level: 1 });
  return { repository, issue, router };
}

function bytesOf(text: string): number[] {
  return [...new TextEncoder().encode(text)];
}

/** 056 has lint problems (cards without a summary): its export asks first. */
const slow = { timeout: 5000 };
async function exportAnyway() {
  await userEvent.click(await screen.findByRole('button', { name: 'Export anyway' }, slow));
}

describe('issue preview', () => {
  it('shows the issue as readers see it: title, date, sections and cards', async () => {
    await renderPreview();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('EKS News 056');
    expect(screen.getByText('June 9, 2023').getAttribute('datetime')).toBe('2023-06-09T07:00:00Z');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(sample.match(/^## (.+)$/gm)!.map((line) => line.slice(3)));
    const card = screen.getByRole('link', { name: 'AWS introduces container image signing' });
    expect(card.getAttribute('href')).toBe(
      'https://aws.amazon.com/about-aws/whats-new/2023/06/aws-container-image-signing/',
    );
    expect(document.title).toBe('EKS News 056 · Preview · Broadsheet');
  });

  it('downloads <slug>.md holding exactly the exported file', async () => {
    await renderPreview();
    await userEvent.click(screen.getByRole('button', { name: 'Download markdown' }));
    await exportAnyway();
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [download] = downloads;
    expect(download!.fileName).toBe('056.md');
    expect(download!.blob.type).toBe('text/markdown;charset=utf-8');
    expect([...new Uint8Array(await download!.blob.arrayBuffer())]).toEqual(bytesOf(sample));
    expect(screen.getByRole('status').textContent).toBe('Downloaded 056.md.');
  });

  it('keeps a byte order mark in the download and adds none', async () => {
    await renderPreview(`\uFEFF${sample}`);
    await userEvent.click(screen.getByRole('button', { name: 'Download markdown' }));
    await exportAnyway();
    await waitFor(() => expect(downloads).toHaveLength(1));
    const bytes = [...new Uint8Array(await downloads[0]!.blob.arrayBuffer())];
    expect(bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes).toEqual(bytesOf(`\uFEFF${sample}`));
  });

  it('copies the markdown, and says so when the clipboard refuses', async () => {
    await renderPreview();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValueOnce();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy markdown' }));
    await exportAnyway();
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(sample));
    expect(screen.getByRole('status').textContent).toBe('Copied the markdown to the clipboard.');
    writeText.mockRejectedValueOnce(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Copy markdown' }));
    await exportAnyway();
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toMatch(
        /^Could not copy to the clipboard \(Write permission denied\.\)/,
      ),
    );
  });

  it('asks before exporting an issue with lint problems, as the editor does', async () => {
    const { issue } = await renderPreview();
    const problems = lintIssue(issue, eksNewsTemplate);
    expect(problems.length).toBeGreaterThan(LINT_GATE_SHOWN);
    const download = screen.getByRole('button', { name: 'Download markdown' });
    await userEvent.click(download);
    const dialog = await screen.findByRole(
      'dialog',
      { name: `${problems.length} problems in this issue` },
      slow,
    );
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(LINT_GATE_SHOWN);
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Export anyway' }),
    );
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(download);
    expect(downloads).toEqual([]);

    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy markdown' }));
    await screen.findByRole('dialog', {}, slow);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('opens the editor at its problems from "Show problems"', async () => {
    const { issue, router } = await renderPreview();
    await userEvent.click(screen.getByRole('button', { name: 'Copy markdown' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Show problems' }, slow));
    await screen.findByRole('heading', { name: 'Editor stand-in' });
    expect(router.state.location.pathname).toBe(`/issues/${issue.id}`);
    expect(router.state.location.hash).toBe('#problems');
  });

  it('exports an issue without problems at once', async () => {
    const clean = readFileSync(join(process.cwd(), 'test/fixtures/eks-news/068.md'), 'utf8');
    expect(lintIssue(importIssue(clean), eksNewsTemplate)).toEqual([]);
    await renderPreview(clean);
    await userEvent.click(screen.getByRole('button', { name: 'Download markdown' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect([...new Uint8Array(await downloads[0]!.blob.arrayBuffer())]).toEqual(bytesOf(clean));
  });

  it('links to the editor and follows saves of the issue', async () => {
    const { repository, issue } = await renderPreview();
    const toolbar = within(screen.getByRole('group', { name: 'Issue actions' }));
    expect(toolbar.getByRole('link', { name: 'Edit' }).getAttribute('href')).toBe(
      `/issues/${issue.id}`,
    );
    const frontMatter = setFrontMatterValue(issue.frontMatter, 'title', 'EKS News 056 (draft)');
    await repository.put({ ...issue, frontMatter }, 1);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('EKS News 056 (draft)'),
    );
  });

  it('says when the issue does not exist', async () => {
    const { repository, issue } = await renderPreview();
    await repository.delete(issue.id);
    expect(await screen.findByRole('heading', { name: 'Issue not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the library' }).getAttribute('href')).toBe(
      '/',
    );
  });
});
