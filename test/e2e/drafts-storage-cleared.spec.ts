import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, useAppSession } from './app-session.ts';

// The site's storage cleared with a draft open, as "Clear site data" does it (through the DevTools
// protocol) or as a page deleting the database: the editor says the browser removed the draft,
// keeps the edits, and "Save this copy again" stores them; after a reload every character is there.

const session = useAppSession();

const title = (page: Page) =>
  page.getByRole('article').first().getByRole('textbox', { name: 'Card title' });

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await title(page).click();
  await title(page).press('End');
  await title(page).pressSequentially(text, { delay: 15 });
}

const allSaved = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

type Clear = (page: Page) => Promise<void>;

const clearSiteData: Clear = async (page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(appUrl()).origin,
    storageTypes: 'indexeddb',
  });
  await cdp.detach();
};

const deleteDatabase: Clear = (page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('broadsheet');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error('the database was not deleted'));
      }),
  );

describe("a draft open when the site's storage is cleared", () => {
  it.each([
    ['cleared through the DevTools protocol', clearSiteData],
    ['deleted by the page', deleteDatabase],
  ])('says so and saves this copy again (storage %s)', async (_how, clear) => {
    const { page } = await session.openApp('/');
    await page.getByRole('link', { name: 'EKS News 056' }).click();
    await page.locator('.compose-columns:not([inert])').waitFor();
    const original = await title(page).inputValue();

    await typeAtEnd(page, ' one');
    await allSaved(page);
    await clear(page);
    await typeAtEnd(page, ' two');

    const banner = page
      .getByRole('alert')
      .filter({ hasText: 'The browser removed this draft from its storage' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Your edits are still in this tab.');
    expect(await banner.textContent()).not.toContain('another tab');
    const actions = await banner.getByRole('button').allTextContents();
    expect(actions).toEqual(['Save this copy again', 'Download backup']);

    // Keyboard only: the first action is reachable and works from the keyboard.
    await banner.getByRole('button', { name: 'Save this copy again' }).focus();
    await page.keyboard.press('Enter');
    await banner.waitFor({ state: 'detached' });
    await allSaved(page);

    await typeAtEnd(page, ' three');
    await allSaved(page);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => title(page).inputValue()).toBe(`${original} one two three`);
  });
});
