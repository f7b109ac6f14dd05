import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { answerAnyway } from './answer-lint-gate.ts';
import { openMoreActions } from './more-actions.ts';

/** Downloads the open issue's markdown through More actions (answering the lint question). */
export async function downloadExport(page: Page): Promise<string> {
  await openMoreActions(page);
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Export' })
    .getByRole('button', { name: 'Download markdown' })
    .click();
  await answerAnyway(page);
  const download = await downloading;
  return readFile(await download.path(), 'utf8');
}
