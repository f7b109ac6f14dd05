import { describe, expect, it } from 'vitest';
import { changedLines } from '../helpers/changed-lines.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { useAppSession } from './app-session.ts';
import { downloadExport } from './download-export.ts';
import { openMoreActions } from './more-actions.ts';

// History you can trust (issue 15, item 2) on the shipped sample, 056: a card edited, the
// History dialog shows the lines of the exported file that restoring the version as opened
// changes, the restore gives the original file back, and its Undo brings the edit back.

const session = useAppSession();
const original = readCorpus('056.md');
const TITLE = 'AWS introduces container image signing';
const ADDED = ' (edited)';

describe('the history', () => {
  it('shows what a restore changes, restores the file as opened, and undoes it', async () => {
    const { page } = await session.openApp('/');
    await page.getByRole('link', { name: 'EKS News 056' }).click();
    await page.waitForURL(/\/issues\/[^/]+$/);
    await page.locator('.compose-columns:not([inert])').waitFor();

    const title = page.getByRole('textbox', { name: 'Card title' }).first();
    expect(await title.inputValue()).toBe(TITLE);
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(ADDED);
    await page
      .getByRole('status')
      .filter({ hasText: /^All changes saved$/ })
      .waitFor();

    await openMoreActions(page);
    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History' });
    const opened = dialog
      .getByRole('list', { name: 'Kept versions' })
      .getByRole('listitem', { name: /^As opened, / });
    await opened.getByRole('button', { name: /^Show the version of / }).click();
    const lines = dialog.getByRole('list', { name: 'Lines restoring it changes' });
    await lines.waitFor();
    const line = original.split('\n').find((l) => l.startsWith(`* [${TITLE}]`)) as string;
    const edited = line.replace(TITLE, TITLE + ADDED);
    expect(await lines.locator('.diff-removed').allTextContents()).toEqual([`Removed: ${edited}`]);
    expect(await lines.locator('.diff-added').allTextContents()).toEqual([`Brought back: ${line}`]);

    await dialog.getByRole('button', { name: /^Restore the version of / }).click();
    const undo = page.getByRole('button', { name: 'Undo restore' });
    await undo.waitFor();
    await expect.poll(() => title.inputValue()).toBe(TITLE);
    expect(await downloadExport(page)).toBe(original);

    await undo.click();
    await expect.poll(() => title.inputValue()).toBe(TITLE + ADDED);
    expect(changedLines(original, await downloadExport(page))).toEqual({
      removed: [line],
      added: [edited],
    });
  });
});
