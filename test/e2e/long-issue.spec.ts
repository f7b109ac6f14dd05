import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './app-session.ts';
import { downloadExport } from './download-export.ts';
import { longIssue } from './long-issue.ts';

// A 500-card issue holds only the cards near the screen (issue 16): the rest are placeholders.
// What must stay right with them: a keyboard move into a section far below, find-in-page of a
// card far below, and the place the issue was left at when it is opened again.

const session = useAppSession();
const SIZE = 500;
const { markdown, sections } = longIssue(SIZE);
let file = '';

beforeAll(async () => {
  file = path.join(await mkdtemp(path.join(tmpdir(), 'long-issue-')), 'long-issue.md');
  await writeFile(file, markdown);
});

async function openLongIssue(page: Page): Promise<void> {
  await page
    .locator('input[type="file"][aria-label="Markdown files to import"]')
    .setInputFiles(file);
  await page.getByRole('region', { name: 'Import result' }).getByRole('link').click();
  await page.waitForURL(/\/issues\/[^/]+$/);
  await page.locator('.compose-columns:not([inert])').waitFor();
}

/** The title of the first card at least partly below the toolbar, and its top. */
function firstVisibleCard(page: Page): Promise<{ title: string; top: number } | undefined> {
  return page.evaluate(() => {
    const toolbar = document.querySelector('.compose-toolbar')?.getBoundingClientRect().bottom ?? 0;
    for (const card of document.querySelectorAll<HTMLElement>('.section-list article')) {
      const rect = card.getBoundingClientRect();
      if (rect.bottom > toolbar)
        return { title: card.getAttribute('aria-label') ?? '', top: Math.round(rect.top) };
    }
    return undefined;
  });
}

describe('a 500-card issue', () => {
  it('holds far fewer cards than it has, and says how many each section has', async () => {
    const { page } = await session.openApp('/');
    await openLongIssue(page);
    const first = page.getByRole('region', { name: sections[0] }).getByRole('listitem').first();
    await first.waitFor();
    const perSection = Math.floor(SIZE / sections.length);
    expect(await first.getAttribute('aria-posinset')).toBe('1');
    expect(await first.getAttribute('aria-setsize')).toBe(String(perSection));
    expect(await page.getByRole('article').count()).toBeLessThan(SIZE / 5);
  });

  it('moves the first card by keyboard into the last section, focused and in view', async () => {
    const { page } = await session.openApp('/');
    await openLongIssue(page);
    const card = page.getByRole('article').first();
    const title = (await card.getAttribute('aria-label')) ?? '';
    await card.getByRole('textbox', { name: 'Card title' }).focus();
    for (let section = 1; section < sections.length; section++) {
      await page.keyboard.press('Alt+Shift+ArrowDown');
      // The next key only once focus is back on the card, in the section it moved to.
      await page.waitForFunction(
        ([name, index]) => {
          const active = document.activeElement;
          const region = document.querySelectorAll('.section-list .section-editor')[index];
          return (
            active?.closest('article')?.getAttribute('aria-label') === name &&
            region?.contains(active) === true
          );
        },
        [title, section] as const,
      );
    }
    const last = page.getByRole('region', { name: sections.at(-1) });
    const moved = last.getByRole('article', { name: title });
    await expect.poll(() => moved.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const box = await moved.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, height: innerHeight };
    });
    expect(box.bottom).toBeGreaterThan(0);
    expect(box.top).toBeLessThan(box.height);

    const exported = await downloadExport(page);
    const heading = exported.lastIndexOf(sections.at(-1) as string);
    const at = exported.indexOf(`[${title}]`);
    expect(heading).toBeGreaterThan(0);
    expect(at).toBeGreaterThan(heading);
    expect(exported.indexOf('[', heading + (sections.at(-1) as string).length)).toBe(at);
  });

  it('finds a card far below with find-in-page, and renders it once scrolled there', async () => {
    const { page } = await session.openApp('/');
    await openLongIssue(page);
    await page.getByRole('article').first().waitFor();
    const title = markdown.match(/\[([^\]]*\(no\. 480\))\]/)?.[1] ?? '';
    expect(title).not.toBe('');
    const card = page.getByRole('article', { name: title });
    expect(await card.count()).toBe(0);
    expect(
      await page.evaluate(
        (text) => (window as unknown as { find(text: string): boolean }).find(text),
        title,
      ),
    ).toBe(true);
    await card.waitFor();
    await expect
      .poll(() => card.getByRole('textbox', { name: 'Card title' }).inputValue())
      .toBe(title);
    expect(await card.getByRole('button', { name: 'Remove card' }).isVisible()).toBe(true);
  });

  it('opens again where it was left: the same first card at the same place', async () => {
    const { page } = await session.openApp('/');
    await openLongIssue(page);
    await page.getByRole('article').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
    // Once the cards there are rendered.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.section-list article')].some((card) => {
        const rect = card.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < innerHeight;
      }),
    );
    const left = await firstVisibleCard(page);
    expect(left).toBeDefined();
    await page.reload();
    await page.locator('.compose-columns:not([inert])').waitFor();
    await page.waitForFunction(
      (title) =>
        [...document.querySelectorAll('.section-list article')].some(
          (card) => card.getAttribute('aria-label') === title,
        ),
      left?.title,
    );
    const reopened = await firstVisibleCard(page);
    expect(reopened?.title).toBe(left?.title);
    expect(Math.abs((reopened?.top ?? 0) - (left?.top ?? 0))).toBeLessThanOrEqual(2);
  });
});
