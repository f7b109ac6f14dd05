import { describe, expect, it } from 'vitest';
import { useAppSession } from './app-session.ts';

// The offline app shell: after one visit the service worker holds the built app, so with no
// network the app still opens (library and editor), saves an edit, and shows it after a reload.

const session = useAppSession();

describe('the app with no network', () => {
  it('opens, saves an edit and shows it again after a reload, all offline', async () => {
    const { page, context } = await session.openApp('/');
    await page.getByRole('link', { name: 'EKS News 056' }).waitFor();
    // Controlled means installed and activated: every built file is in the cache by now.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    // Anything that would still reach the network (the service worker's own fetches) fails.
    await context.route('**/*', (route) => route.abort('internetdisconnected'));

    const reloaded = await page.reload({ waitUntil: 'load' });
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByRole('link', { name: 'EKS News 056' }).click();
    const title = page.getByRole('article').first().getByRole('textbox', { name: 'Card title' });
    const before = await title.inputValue();
    await title.click();
    await title.press('End');
    await title.pressSequentially(' (edited offline)');
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    const again = await page.reload({ waitUntil: 'load' });
    expect(again?.fromServiceWorker()).toBe(true);
    const field = page.getByRole('article').first().getByRole('textbox', { name: 'Card title' });
    await expect.poll(() => field.inputValue()).toBe(`${before} (edited offline)`);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });
});
