import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../helpers/corpus.ts';
import { changedLines } from '../helpers/changed-lines.ts';
import { answerAnyway } from './answer-lint-gate.ts';
import { useAppSession } from './app-session.ts';
import { openMoreActions } from './more-actions.ts';

// The fidelity contract in the browser (issue 3): corpus issue 056 imported through the library,
// one bullet edited in the editor, downloaded: exactly that line differs from the original, and
// the editor says so.

const session = useAppSession();

const ADDED = ' Edited in the browser.';

describe('an imported issue', () => {
  it('changes exactly the edited line, and says how many lines it changes', async () => {
    const { page } = await session.openApp('/');
    const original = await readFile(path.join(corpusDir, '056.md'), 'utf8');
    await page
      .locator('input[type="file"][aria-label="Markdown files to import"]')
      .setInputFiles(path.join(corpusDir, '056.md'));
    await page.getByRole('region', { name: 'Import result' }).getByRole('link').click();
    await page.waitForURL(/\/issues\/[^/]+$/);
    await page.locator('.compose-columns:not([inert])').waitFor();
    const exportGroup = page.getByRole('group', { name: 'Export' });
    await openMoreActions(page);
    await exportGroup.getByText('Export changes 0 lines of the original').waitFor();

    // The last bullet of the first card.
    const card = page.getByRole('article').first();
    const summary = card.getByRole('textbox', { name: 'Summary' });
    await summary.click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'));
    await page.keyboard.press('Control+End');
    await page.keyboard.type(ADDED);
    await card.getByRole('textbox', { name: 'Card title' }).click();
    // The autosave status (the Export group has a status line of its own).
    await page
      .getByRole('status')
      .filter({ hasText: /^All changes saved$/ })
      .waitFor();
    await exportGroup.getByText('Export changes 1 line of the original').waitFor();

    const downloading = page.waitForEvent('download');
    await exportGroup.getByRole('button', { name: 'Download markdown' }).click();
    await answerAnyway(page);
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('056.md');
    const edited = await readFile(await download.path(), 'utf8');
    const line = original
      .split('\n')
      .find((l) => l.startsWith('    * [K8s Notary Admission]')) as string;
    expect(changedLines(original, edited)).toEqual({ removed: [line], added: [line + ADDED] });
  });
});
