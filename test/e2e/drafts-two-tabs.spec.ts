import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, useAppSession, watch } from './app-session.ts';

// Two tabs on one draft (one profile, one browser context): the first edits, the second follows it
// live and read-only, "Take over" swaps the roles, and neither ever overwrites the other.

const session = useAppSession();

const title = (page: Page) =>
  page.getByRole('article').first().getByRole('textbox', { name: 'Card title' });

const editable = (page: Page) => page.locator('.compose-columns:not([inert])').waitFor();
const readOnly = (page: Page) => page.locator('.compose-columns[inert]').waitFor();

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await title(page).click();
  await title(page).press('End');
  await title(page).pressSequentially(text);
}

describe('two tabs on one draft', () => {
  it('lets one tab edit while the other follows, and hands over on Take over', async () => {
    const first = await session.openApp('/');
    await first.page.getByRole('link', { name: 'EKS News 056' }).click();
    await editable(first.page);
    const original = await title(first.page).inputValue();
    const editor = new URL(first.page.url()).pathname;

    const second = await watch(first.context);
    await second.page.goto(appUrl(editor), { waitUntil: 'load' });
    await second.page
      .getByRole('alert')
      .filter({ hasText: 'This draft is being edited in another tab.' })
      .waitFor();
    await readOnly(second.page);

    await typeAtEnd(first.page, ' (from the first tab)');
    const fromFirst = `${original} (from the first tab)`;
    await expect.poll(() => title(second.page).inputValue()).toBe(fromFirst);

    await second.page.getByRole('button', { name: 'Take over' }).click();
    await first.page
      .getByRole('alert')
      .filter({ hasText: 'Another tab took over editing this draft.' })
      .waitFor();
    await readOnly(first.page);
    await editable(second.page);

    await typeAtEnd(second.page, ' (then the second)');
    const fromBoth = `${fromFirst} (then the second)`;
    await expect.poll(() => title(first.page).inputValue()).toBe(fromBoth);
    await second.page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    // The second tab closes: the first edits again, from what the second saved.
    await second.page.close();
    await first.page.getByText('The other tab closed this draft').waitFor();
    await editable(first.page);
    await typeAtEnd(first.page, '!');
    await first.page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await first.page.reload({ waitUntil: 'load' });
    await expect.poll(() => title(first.page).inputValue()).toBe(`${fromBoth}!`);
  });

  it('loads the sample once when two tabs open the app at the very first run', async () => {
    // The reviewer's page opens no storage: a fresh profile's context, still empty.
    const { context } = await session.openApp('/preview');
    const tabs = await Promise.all([watch(context), watch(context)]);
    await Promise.all(tabs.map((tab) => tab.page.goto(appUrl('/'), { waitUntil: 'load' })));
    for (const tab of tabs) await tab.page.getByRole('link', { name: 'EKS News 056' }).waitFor();

    const third = await watch(context);
    await third.page.goto(appUrl('/'), { waitUntil: 'load' });
    await third.page.getByRole('link', { name: 'EKS News 056' }).waitFor();
    expect(await third.page.getByRole('link', { name: 'EKS News 056' }).count()).toBe(1);
  });
});
