import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lintIssue } from '../../src/core/lint/lint-issue.ts';
import { importIssue } from '../../src/core/markdown/import-issue.ts';
import { eksNewsTemplate } from '../../src/core/template/eks-news.ts';
import { corpusDir, readCorpus } from '../helpers/corpus.ts';
import { useAppSession } from './app-session.ts';
import { openMoreActions } from './more-actions.ts';

// Lint at the moment of export (issue 15, item 4), by keyboard only: issue 056 has cards without
// a summary, so "Download markdown" asks first. Escape exports nothing and gives the focus back;
// "Show problems" takes it to the lint panel's first problem; "Export anyway" downloads the file,
// byte for byte the original.

const session = useAppSession();
const problems = lintIssue(importIssue(readCorpus('056.md')), eksNewsTemplate);

/** The accessible name and text of the focused element. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return `${active?.tagName.toLowerCase()}: ${active?.textContent?.trim() ?? ''}`;
  });
}

async function open056(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'EKS News 056' }).click();
  await page.waitForURL(/\/issues\/[^/]+$/);
  await page.locator('.compose-columns:not([inert])').waitFor();
}

describe('exporting an issue with lint problems', () => {
  it('asks first, and every answer works from the keyboard', async () => {
    expect(problems.length).toBeGreaterThan(3);
    const { page } = await session.openApp('/');
    await open056(page);
    const download = page
      .getByRole('group', { name: 'Export' })
      .getByRole('button', { name: 'Download markdown' });
    const dialog = page.getByRole('dialog', { name: `${problems.length} problems in this issue` });
    let downloads = 0;
    page.on('download', () => downloads++);
    await openMoreActions(page);

    await download.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual(
      problems.slice(0, 3).map((p) => `Line ${p.line} ${p.message}`),
    );
    expect(await focused(page)).toBe('button: Export anyway');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('button: Download markdown');

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button: Show problems');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => focused(page))
      .toBe(`button: Line ${problems[0]!.line} ${problems[0]!.message}`);
    expect(downloads).toBe(0);

    await download.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await downloading;
    expect(file.suggestedFilename()).toBe('056.md');
    const original = await readFile(path.join(corpusDir, '056.md'));
    expect((await readFile(await file.path())).equals(original)).toBe(true);
    expect(downloads).toBe(1);
  });
});
