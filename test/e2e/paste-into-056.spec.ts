import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { changedLines } from '../helpers/changed-lines.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { useAppSession } from './app-session.ts';
import { downloadExport } from './download-export.ts';

// Paste follows the template (issue 13, item 5): 056 calls its video section by an earlier
// name, "New videos and webinars". A YouTube link pasted into it joins that section, no second
// "Videos and webinars" appears, and the export differs from the file by the new card's line.

const session = useAppSession();
const original = readCorpus('056.md');
const VIDEO = 'https://youtu.be/kx7mjL1ZDyA';

/** Pastes text with the keyboard while no text field has the focus. */
async function pasteOutsideFields(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('.compose-toolbar h1').click();
  await page.keyboard.press('Control+V');
}

describe('pasting a link into 056', () => {
  it('lands in "New videos and webinars", adds no section, and exports one more line', async () => {
    const { page, context } = await session.openApp('/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('link', { name: 'EKS News 056' }).click();
    await page.waitForURL(/\/issues\/[^/]+$/);
    await page.locator('.compose-columns:not([inert])').waitFor();
    const videos = page.getByRole('region', { name: 'New videos and webinars', exact: true });
    // Cards far from the screen are placeholders until scrolled near.
    await videos.scrollIntoViewIfNeeded();
    await videos.getByRole('article').first().waitFor();

    await pasteOutsideFields(page, VIDEO);
    await videos.getByRole('article', { name: 'YouTube video' }).waitFor();
    expect(await page.getByRole('region', { name: /videos/i }).count()).toBe(1);
    expect(
      await page.getByRole('region', { name: 'Videos and webinars', exact: true }).count(),
    ).toBe(0);

    expect(changedLines(original, await downloadExport(page))).toEqual({
      removed: [],
      added: [`* [YouTube video](${VIDEO})`],
    });
  });
});
