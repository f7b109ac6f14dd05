import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../helpers/corpus.ts';
import { answerAnyway } from './answer-lint-gate.ts';
import { useAppSession } from './app-session.ts';

// The first page (foundation issue, item 6): on a first run the library lists the sample
// issue 056; its preview opens read-only, and "Download markdown" gives back the original
// file byte for byte, once "Export anyway" answers the lint check (056 has cards without a
// summary).

const session = useAppSession();

describe('the first page', () => {
  it('lists issue 056, previews it, and downloads the original file', async () => {
    const { page } = await session.openApp('/');
    await page.getByRole('link', { name: 'EKS News 056' }).waitFor();
    const row = page.getByRole('row', { name: /EKS News 056/ });
    await row
      .getByRole('link', { name: 'Preview' })
      .or(row.getByRole('button', { name: 'Preview' }))
      .click();

    await page.getByRole('heading', { name: 'EKS News 056' }).waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download markdown' }).click();
    await answerAnyway(page);
    const download = await downloading;

    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const downloaded = await readFile(await download.path());
    const original = await readFile(path.join(corpusDir, '056.md'));
    expect(downloaded.length).toBe(original.length);
    expect(downloaded.equals(original)).toBe(true);
  });
});
