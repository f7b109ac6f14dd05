import { shareDictionaries } from '../helpers/share-dictionaries.ts';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodeShareLink } from '../../src/core/share/share-link.ts';
import { answerAnyway } from './answer-lint-gate.ts';
import { useAppSession } from './app-session.ts';
import { openMoreActions } from './more-actions.ts';

// Actions that read the issue take the last words typed (issue 11, item 2). A summary's editor
// puts its text into the issue in bursts; every action below is clicked at once after typing,
// with no wait, and what it produced must hold the last character typed.

const session = useAppSession();

async function open056(): Promise<Page> {
  const { page, context } = await session.openApp('/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('link', { name: 'EKS News 056' }).click();
  await page.waitForURL(/\/issues\/[^/]+$/);
  await page.locator('.compose-columns:not([inert])').waitFor();
  return page;
}

/** Types `words` at the end of the first card's summary, leaving the focus in it. */
async function typeInSummary(page: Page, words: string): Promise<void> {
  await page.getByRole('article').first().getByRole('textbox', { name: 'Summary' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(words);
}

describe('actions clicked right after typing', () => {
  it('share, download, copy, preview and the reader view hold the last words typed', async () => {
    const page = await open056();
    const exportGroup = page.getByRole('group', { name: 'Export' });

    await typeInSummary(page, ' shared-Q1');
    await page.getByRole('button', { name: 'Share for review' }).click();
    await answerAnyway(page, 'Share');
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const shared = decodeShareLink(new URL(link).hash.slice(1), shareDictionaries);
    expect(shared.ok && shared.markdown).toContain('shared-Q1');

    await typeInSummary(page, ' downloaded-Q2');
    const downloading = page.waitForEvent('download');
    await openMoreActions(page);
    await exportGroup.getByRole('button', { name: 'Download markdown' }).click();
    await answerAnyway(page);
    const download = await downloading;
    expect(await readFile(await download.path(), 'utf8')).toContain('downloaded-Q2');

    await typeInSummary(page, ' copied-Q3');
    await exportGroup.getByRole('button', { name: 'Copy markdown' }).click();
    await answerAnyway(page);
    await exportGroup.getByText('Copied the markdown.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('copied-Q3');

    const hide = page.getByRole('button', { name: 'Hide preview' });
    if (await hide.isVisible()) await hide.click();
    await typeInSummary(page, ' previewed-Q4');
    await page.getByRole('button', { name: 'Show preview' }).click();
    await page
      .getByRole('complementary', { name: 'Preview' })
      .getByText(/previewed-Q4/)
      .waitFor();

    await typeInSummary(page, ' read-Q5');
    await page.getByRole('link', { name: 'Reader view' }).click();
    await page.waitForURL(/\/preview$/);
    // The address changes before the reader view's lazy route has replaced the editor.
    await page
      .locator('main.page-preview')
      .getByText(/read-Q5/)
      .waitFor();
  });

  it('share by keyboard, with the focus never leaving the summary first', async () => {
    const page = await open056();
    await typeInSummary(page, ' keyed-Q6');
    // The button is reached without a blur of the editor: its click is sent from the page.
    await page
      .getByRole('button', { name: 'Share for review' })
      .evaluate((button: HTMLElement) => button.click());
    await answerAnyway(page, 'Share');
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const shared = decodeShareLink(new URL(link).hash.slice(1), shareDictionaries);
    expect(shared.ok && shared.markdown).toContain('keyed-Q6');
  });
});
