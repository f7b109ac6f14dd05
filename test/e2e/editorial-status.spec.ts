import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { changedLines } from '../helpers/changed-lines.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { useAppSession } from './app-session.ts';
import { downloadExport } from './download-export.ts';

// The editorial status (issue 15, item 3) on the shipped sample, 056, whose file says
// draft = false: the library and the editor call it published; set in the editor, the status
// shows in the library and filters it, and the exported file differs from the original in the
// draft line only when the status moves across it (ready: not at all; in review: that line).

const session = useAppSession();
const original = readCorpus('056.md');

async function open056(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'EKS News 056' }).click();
  await page.waitForURL(/\/issues\/[^/]+$/);
  await page.locator('.compose-columns:not([inert])').waitFor();
}

/** The editor's status select: the one in the bar, on a laptop's screen. */
const editorStatus = (page: Page) =>
  page.getByRole('toolbar', { name: 'Editor actions' }).getByRole('combobox', {
    name: 'Status',
    exact: true,
  });

/** Chooses a status in the editor's select, and waits until the select shows it. */
async function chooseStatus(page: Page, label: string, value: string): Promise<void> {
  const select = editorStatus(page);
  await select.focus();
  await select.selectOption({ label });
  await expect.poll(() => select.inputValue()).toBe(value);
}

describe('the editorial status', () => {
  it('reads 056 as published, and ready exports the file unchanged', async () => {
    const { page } = await session.openApp('/');
    const row = page.getByRole('combobox', { name: 'Status of EKS News 056' });
    await expect.poll(() => row.inputValue()).toBe('published');
    await open056(page);
    expect(await editorStatus(page).inputValue()).toBe('published');
    await chooseStatus(page, 'Ready', 'ready');
    expect(await downloadExport(page)).toBe(original);
  });

  it('set in the editor, shows in the library, filters it, and changes the draft line', async () => {
    const { page } = await session.openApp('/');
    await open056(page);
    await chooseStatus(page, 'In review', 'in review');

    await page.getByRole('link', { name: 'Drafts', exact: true }).click();
    const row = page.getByRole('combobox', { name: 'Status of EKS News 056' });
    await expect.poll(() => row.inputValue()).toBe('in review');
    const filter = page.getByRole('combobox', { name: 'Filter by status' });
    await filter.focus();
    await filter.selectOption({ label: 'Published (0)' });
    await page.getByText('No draft is published.').waitFor();
    await filter.selectOption({ label: 'In review (1)' });
    await page.getByRole('link', { name: 'EKS News 056' }).waitFor();
    expect(page.url()).toMatch(/\?status=in\+review$/);

    await open056(page);
    const exported = await downloadExport(page);
    expect(changedLines(original, exported)).toEqual({
      removed: ['draft = false'],
      added: ['draft = true'],
    });
  });
});
