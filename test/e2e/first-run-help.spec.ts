import { describe, expect, it } from 'vitest';
import { useAppSession } from './app-session.ts';

// Help (issue 15, item 7) in the real browser: a fresh profile's library says what importing the
// archive gives and offers it, reachable from the keyboard; `?` outside a text field opens the
// keyboard shortcuts, Escape closes them and gives the focus back; `?` typed in a field is text.

const session = useAppSession();

describe('help on a first run', () => {
  it('offers the archive import, saying what it gives', async () => {
    const { page } = await session.openApp('/');
    const offer = page.getByRole('region', { name: 'Import your newsletter’s archive' });
    await offer.waitFor();
    const text = (await offer.textContent()) ?? '';
    expect(text).toMatch(/earlier issue featured is flagged/);
    expect(text).toMatch(/number, date, title and\s+slug/);
    // By keyboard: Tab reaches the offer's folder button.
    const folder = offer.getByRole('button', { name: 'Import archive folder' });
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await folder.evaluate((button) => button === document.activeElement);
    }
    expect(reached).toBe(true);
  });

  it('opens the keyboard shortcuts on ?, closes them on Escape, and leaves ? in a field', async () => {
    const { page } = await session.openApp('/');
    await page.getByRole('link', { name: 'EKS News 056' }).first().click();
    await page.waitForURL(/\/issues\/[^/]+$/);
    await page.locator('.compose-columns:not([inert])').waitFor();

    const more = page.getByRole('button', { name: 'More actions' });
    await more.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const summary = dialog.getByRole('region', { name: 'In a summary' });
    expect(await summary.textContent()).toMatch(/Esc/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await more.evaluate((button) => button === document.activeElement)).toBe(true);

    const title = page.getByRole('textbox', { name: 'Card title' }).first();
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type('?');
    expect(await title.inputValue()).toMatch(/\?$/);
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(0);
  });
});
