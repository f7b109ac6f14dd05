import { rm } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { appUrl, watch, type AppPage } from './app-session.ts';
import { launchProfile, newProfileDir } from './chromium.ts';
import { killBrowser } from './drafts-browser-process.ts';
import { saveFailureArtifacts } from './failure-artifacts.ts';

// Autosave against a crash: type into a card, wait one second, SIGKILL chromium (no pagehide, no
// clean shutdown), start it again on the same profile: every character is there.

const typedTitle = ' (typed before the crash)';
const typedSummary = ' Every keystroke 0123456789 survives.';

let profile: string | undefined;
let open: { context: BrowserContext; app: AppPage } | undefined;

afterEach(async (test) => {
  if (open && test.task.result?.state === 'fail')
    await saveFailureArtifacts(test.task.name, [open.app]);
  await open?.context.close().catch(() => undefined);
  open = undefined;
  if (profile) await rm(profile, { recursive: true, force: true });
  profile = undefined;
});

async function start(dir: string, path: string): Promise<Page> {
  const context = await launchProfile(dir);
  const app = await watch(context);
  open = { context, app };
  await app.page.goto(appUrl(path), { waitUntil: 'load' });
  return app.page;
}

describe('a draft when the browser is killed', () => {
  it('keeps every character typed a second before the kill', async () => {
    profile = await newProfileDir();
    let page = await start(profile, '/');
    await page.getByRole('link', { name: 'EKS News 056' }).click();
    const card = page.getByRole('article').first();
    const title = card.getByRole('textbox', { name: 'Card title' });
    const before = await title.inputValue();

    await title.click();
    await title.press('End');
    await title.pressSequentially(typedTitle, { delay: 15 });
    await card.getByRole('textbox', { name: 'Summary' }).first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(typedSummary, { delay: 15 });
    const editorPath = new URL(page.url()).pathname;

    // One second, then no clean shutdown: what the autosave wrote by now is all there is.
    await page.waitForTimeout(1_000);
    await killBrowser(open!.context, profile);
    open = undefined;

    page = await start(profile, editorPath);
    const again = page.getByRole('article').first();
    await expect
      .poll(() => again.getByRole('textbox', { name: 'Card title' }).inputValue())
      .toBe(`${before}${typedTitle}`);
    const summary = await again.getByRole('textbox', { name: 'Summary' }).first().textContent();
    expect(summary).toContain(typedSummary.trim());
  });
});
