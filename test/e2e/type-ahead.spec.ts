import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, watch, type AppPage } from './app-session.ts';
import { launchBrowser } from './chromium.ts';

// Keystrokes typed while a summary's editor mounts (issue 11, item 1). A summary becomes a TipTap
// editor on focus, and in a fresh profile its code may not be loaded when the editor clicks: what
// is typed at once must still land in the summary, in order. Each run is a new browser on a new,
// empty profile, so the editor's code is in no cache. TYPE_AHEAD_RUNS sets the number of runs.

const RUNS = Number(process.env.TYPE_AHEAD_RUNS ?? 30);
const TYPED = ' M0-abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh profile on 056's editor; `slowEditor` holds the rich editors' code back 1.5 s. */
async function open056(browser: Browser, slowEditor: boolean): Promise<AppPage> {
  const context = await browser.newContext();
  if (slowEditor)
    await context.route(/\/assets\/(summary|prose)-editor-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
  const app = await watch(context);
  const { page } = app;
  await page.goto(appUrl('/'), { waitUntil: 'load' });
  await page.getByRole('link', { name: 'EKS News 056' }).click();
  await page.waitForURL(/\/issues\/[^/]+$/);
  await page.locator('.compose-columns:not([inert])').waitFor();
  return app;
}

/** The first card's summary as its rendered bullets show it, once `wanted` is there (or not). */
async function summaryOnceHolding(page: Page, wanted: string): Promise<string> {
  const summary = page.getByRole('article').first().locator('[data-field="summary"]');
  await expect
    .poll(async () => (await summary.textContent()) ?? '', { timeout: 15_000 })
    .toContain(wanted)
    .catch(() => undefined);
  return (await summary.textContent()) ?? '';
}

/** How many characters of `typed` are missing from the end of `text`. */
function charactersLost(text: string, typed: string): number {
  for (let kept = typed.length; kept > 0; kept--)
    if (text.endsWith(typed.slice(typed.length - kept))) return typed.length - kept;
  return typed.length;
}

describe('typing while a summary editor mounts', () => {
  it(
    `keeps every character, in order, in ${RUNS} fresh profiles`,
    async () => {
      const lost: string[] = [];
      let lostCharacters = 0;
      for (let run = 0; run < RUNS; run++) {
        const typed = `${TYPED}${run}.`;
        const browser = await launchBrowser();
        try {
          const app = await open056(browser, false);
          const { page } = app;
          await page.getByRole('article').first().getByRole('textbox', { name: 'Summary' }).click();
          await page.keyboard.press('Control+End');
          await page.keyboard.type(typed);
          const text = await summaryOnceHolding(page, typed);
          const missing = charactersLost(text, typed);
          lostCharacters += missing;
          if (missing > 0)
            lost.push(`run ${run}: ${missing} lost, ends ${JSON.stringify(text.slice(-50))}`);
          expect(app.pageErrors).toEqual([]);
        } finally {
          await browser.close();
        }
      }
      console.info(
        `type-ahead: ${RUNS} runs, characters lost in ${lost.length}, ${lostCharacters} in all`,
      );
      expect(lost).toEqual([]);
    },
    RUNS * 30_000,
  );

  it('replays text, Enter and Backspace typed before the editor code arrives', async () => {
    const browser = await launchBrowser();
    try {
      const app = await open056(browser, true);
      const { page } = app;
      const card = page.getByRole('article').first();
      await card.getByRole('textbox', { name: 'Summary' }).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' M0');
      await page.keyboard.press('Enter');
      await page.keyboard.type('second bulletX');
      await page.keyboard.press('Backspace');
      // Still the rendered box: the editor's code is held back.
      expect(await card.locator('.ProseMirror').count()).toBe(0);
      await summaryOnceHolding(page, 'second bullet');
      const items = await card
        .locator('[data-field="summary"] li')
        .evaluateAll((lis) => lis.map((li) => li.firstChild?.textContent ?? ''));
      expect(items.at(-1)).toBe('second bullet');
      expect(items.at(-2)).toMatch(/ M0$/);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('keeps what is typed into an intro paragraph before its editor code arrives', async () => {
    const browser = await launchBrowser();
    try {
      const app = await open056(browser, true);
      const { page } = app;
      const paragraph = page.getByRole('textbox', { name: 'Paragraph' }).first();
      await paragraph.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Typed ahead.');
      expect(await page.locator('.prose-box.ProseMirror').count()).toBe(0);
      await expect
        .poll(() => page.locator('[data-field="prose"]').first().textContent(), { timeout: 15_000 })
        .toMatch(/ Typed ahead\.$/);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
