import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppSession } from './app-session.ts';

// A card's summary is no keyboard trap (issue 15): Tab and Shift+Tab nest and lift its bullets
// when they can, and otherwise move the focus on, to the next control or back to the tag field,
// as the browser's own Tab does; Escape leaves for the card's next control. On 056's first card,
// whose four bullets sit on the first level.

const session = useAppSession();

async function firstCard(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'EKS News 056' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'EKS News 056' }).waitFor();
  await page.getByText('All changes saved').waitFor();
  const card = page.getByRole('article', { name: 'AWS introduces container image signing' });
  await card.waitFor();
  return card;
}

/** Where the focus is in `card`: a field's `data-field`, else a control's accessible name. */
function focusIn(card: Locator): Promise<string> {
  return card.evaluate((element) => {
    const active = document.activeElement;
    if (!active || !element.contains(active)) return 'outside the card';
    if (active.classList.contains('ProseMirror')) return 'summary editor';
    const field = active.closest('[data-field]')?.getAttribute('data-field');
    return field ?? active.getAttribute('aria-label') ?? active.textContent ?? '';
  });
}

interface EditorLike {
  state: { selection: { $from: { parent: { textContent: string } } } };
}

/** The start of the text of the bullet the caret of the focused editor is in. */
function caretBullet(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as (Element & { editor?: EditorLike }) | null;
    return element?.editor?.state.selection.$from.parent.textContent.slice(0, 20) ?? '';
  });
}

const FIRST_BULLET = 'With this feature yo';
const LAST_BULLET = 'K8s Notary Admission';

/**
 * Presses `key` (Control+Home or Control+End) until the caret is in the bullet starting with
 * `bullet`: ProseMirror puts back its own selection a moment after the editor takes the focus,
 * undoing a move made in between, as a hand that pressed that fast would press again.
 */
async function caretTo(page: Page, key: string, bullet: string): Promise<void> {
  await expect
    .poll(async () => {
      await page.keyboard.press(key);
      return caretBullet(page);
    })
    .toBe(bullet);
}

/** Bullets of the summary on its second level or deeper. */
function nestedBullets(card: Locator): Promise<number> {
  return card.locator('[data-field="summary"] li li').count();
}

describe('the keyboard in a card summary', () => {
  it('tabs in from the tag field and out to either side, nests on the way, and leaves on Escape', async () => {
    const { page } = await session.openApp('/');
    const card = await firstCard(page);
    await card.getByRole('combobox', { name: 'Tag' }).focus();

    await page.keyboard.press('Tab');
    await expect.poll(() => focusIn(card)).toBe('summary editor');
    await caretTo(page, 'Control+Home', FIRST_BULLET);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusIn(card)).toBe('tag');

    // Back in: the last bullet nests under the one above, and comes back.
    await page.keyboard.press('Tab');
    await expect.poll(() => focusIn(card)).toBe('summary editor');
    await caretTo(page, 'Control+End', LAST_BULLET);
    await page.keyboard.press('Tab');
    await expect.poll(() => nestedBullets(card)).toBe(1);
    expect(await focusIn(card)).toBe('summary editor');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => nestedBullets(card)).toBe(0);
    expect(await focusIn(card)).toBe('summary editor');

    // The first bullet has nothing above it to nest under: Tab moves on.
    await caretTo(page, 'Control+Home', FIRST_BULLET);
    await page.keyboard.press('Tab');
    await expect.poll(() => focusIn(card)).toBe('Move card up');

    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusIn(card)).toBe('summary editor');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusIn(card)).toBe('Move card up');
    await card.locator('[data-field="summary"].is-static').waitFor();
    expect(await card.locator('[data-field="summary"] li').count()).toBe(4);
  });
});
