import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importIssue } from '../../src/core/markdown/import-issue.ts';
import type { Block, LinkCard } from '../../src/core/model/types.ts';
import { readCorpus } from '../helpers/corpus.ts';
import { useAppSession } from './app-session.ts';

// Card entry at the speed of pasting (issue 15, item 1). From a new, empty issue to three cards,
// each with its real title and one bullet, counting every key pressed (a typed character is one)
// and, apart, every click. The links are the first card of three sections of issue 078, pasted
// as a browser copies them: with their text (text/html) or as a bare address (text/plain). The
// driver takes the shortest keyboard path the page offers after each paste: type over a selected
// title, else go to the title (Shift+Tab), select it and type; then Tab to the summary. Set
// CARD_ENTRY_BASELINE=1 to measure an older build without the checks on the count.

const session = useAppSession();
const baseline = process.env.CARD_ENTRY_BASELINE === '1';
const BULLET = 'Worth a read.';

interface Link {
  url: string;
  title: string;
}

/** The first card of each of the first three sections of 078 that have one. */
function links078(): Link[] {
  const isCard = (block: Block): block is LinkCard => block.kind === 'card';
  return importIssue(readCorpus('078.md'))
    .sections.flatMap((section) => section.blocks.filter(isCard).slice(0, 1))
    .slice(0, 3)
    .map((card) => ({ url: card.url, title: card.title }));
}

/** Counts what the editor does with the keyboard and with the mouse. */
class Counter {
  keys = 0;
  clicks = 0;
  constructor(readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.keys++;
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    this.keys += [...text].length;
    await this.page.keyboard.type(text);
  }
  async click(target: Locator): Promise<void> {
    this.clicks++;
    await target.click();
  }
}

/** The `data-field` of the focused element (or its field box) inside `card`, if it is there. */
function focusedField(card: Locator): Promise<string | undefined> {
  return card.evaluate((element) => {
    const active = document.activeElement;
    if (!active || !element.contains(active)) return undefined;
    return active.closest('[data-field]')?.getAttribute('data-field') ?? undefined;
  });
}

/** The card holding `url`, once it exists; undefined if none comes in `timeout` ms. */
async function cardOf(page: Page, url: string, timeout: number): Promise<Locator | undefined> {
  const cards = page.locator('article.card-editor');
  const find = () =>
    cards.evaluateAll(
      (all, wanted) =>
        all.findIndex(
          (card) =>
            card.querySelector<HTMLInputElement>('input[data-field="url"]')?.value === wanted,
        ),
      url,
    );
  await expect
    .poll(find, { timeout })
    .toBeGreaterThanOrEqual(0)
    .catch(() => undefined);
  const index = await find();
  return index < 0 ? undefined : cards.nth(index);
}

/**
 * Tab (or Shift+Tab) until the focus is on `field` of `card`; false when a press leaves the focus
 * where it was (a summary's editor keeps Shift+Tab for its bullets), as a hand would give up.
 */
async function tabTo(counter: Counter, card: Locator, field: string, back: boolean) {
  let at = await focusedField(card);
  for (let tries = 0; tries < 5 && at !== field; tries++) {
    await counter.press(back ? 'Shift+Tab' : 'Tab');
    const next = await focusedField(card);
    if (next === at) return false;
    at = next;
  }
  return at === field;
}

async function setTitle(counter: Counter, card: Locator, title: string): Promise<void> {
  const box = card.getByRole('textbox', { name: 'Card title' });
  if ((await box.inputValue()) === title) return;
  const selectedAll = await box.evaluate(
    (input: HTMLInputElement) =>
      input === document.activeElement &&
      input.selectionStart === 0 &&
      input.selectionEnd === input.value.length,
  );
  if (!selectedAll) {
    if (!(await tabTo(counter, card, 'title', true))) await counter.click(box);
    await counter.press('Control+A');
  }
  await counter.type(title);
  await expect.poll(() => box.inputValue()).toBe(title);
}

async function addBullet(counter: Counter, card: Locator): Promise<void> {
  const field = await focusedField(card);
  const summary = card.locator('[data-field="summary"]');
  if (!(await tabTo(counter, card, 'summary', field === undefined))) await counter.click(summary);
  await counter.type(BULLET);
  await expect.poll(async () => (await summary.textContent()) ?? '').toContain(BULLET);
}

/**
 * One paste of `link` as the clipboard holds it, then its title and bullet; false when the paste
 * made no card (an older build reads no text/html).
 */
async function enterCard(counter: Counter, link: Link, withText: boolean): Promise<boolean> {
  const { page } = counter;
  await page.evaluate(
    async ({ url, title, withText }) => {
      if (!withText) return navigator.clipboard.writeText(url);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.textContent = title;
      const html = new Blob([anchor.outerHTML], { type: 'text/html' });
      const text = new Blob([title], { type: 'text/plain' });
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': html, 'text/plain': text }),
      ]);
    },
    { ...link, withText },
  );
  // Out of the last summary: a paste there would be the summary's text.
  await counter.click(page.locator('.compose-toolbar h1'));
  await counter.press('Control+V');
  const card = await cardOf(page, link.url, baseline ? 5_000 : 30_000);
  if (!card) return false;
  await expect.poll(() => focusedField(card)).toBeDefined();
  await setTitle(counter, card, link.title);
  await addBullet(counter, card);
  return true;
}

async function newIssue(counter: Counter): Promise<void> {
  const { page } = counter;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await counter.click(page.getByRole('button', { name: 'New issue' }));
  await page.waitForURL(/\/issues\/[^/]+$/);
  await page.locator('.compose-columns:not([inert])').waitFor();
}

/** Every card of the issue, as title and summary text, once the summaries are saved. */
async function cardsOnPage(page: Page): Promise<string[]> {
  await page.locator('.compose-toolbar h1').click();
  return page
    .locator('article.card-editor')
    .evaluateAll((cards) =>
      cards.map(
        (card) =>
          `${card.getAttribute('aria-label')}: ${card.querySelector('[data-field="summary"]')?.textContent?.trim()}`,
      ),
    );
}

describe('card entry, counted in keystrokes', () => {
  const links = links078();

  it.each([
    ['links copied with their text', true],
    ['bare links', false],
  ])('%s: three cards with a title and a bullet', async (what, withText) => {
    expect(links).toHaveLength(3);
    const { page } = await session.openApp('/');
    const counter = new Counter(page);
    await newIssue(counter);
    for (const link of links) {
      if (await enterCard(counter, link, withText)) continue;
      expect(baseline, `pasting ${link.url} made no card`).toBe(true);
      console.info(`card entry, ${what}: the paste makes no card`);
      return;
    }
    await expect
      .poll(() => cardsOnPage(page))
      .toEqual(expect.arrayContaining(links.map((link) => `${link.title}: ${BULLET}`)));
    console.info(`card entry, ${what}: ${counter.keys} keystrokes, ${counter.clicks} clicks`);
    if (baseline) return;
    // Each card: a paste and its bullet; a guessed title is typed over, then Tab by URL and
    // tag to the summary. Nothing else.
    const typedTitles = withText ? 0 : links.reduce((n, link) => n + [...link.title].length, 0);
    const perCard = 1 + [...BULLET].length + (withText ? 0 : 3);
    expect(counter.keys).toBe(links.length * perCard + typedTitles);
    expect(counter.clicks).toBe(1 + links.length);
  });
});
