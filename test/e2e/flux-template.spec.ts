import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fluxDir, fluxFiles, readFlux } from '../helpers/flux-corpus.ts';
import { importIssue } from '../../src/core/markdown/import-issue.ts';
import { useAppSession } from './app-session.ts';
import { openMoreActions } from './more-actions.ts';

// A second newsletter (issue 13, items 3 and 4): the Flux updates folder is imported, a template
// is learned from it and corrected on the Template screen (a section renamed), and the next
// Flux issue is made with New issue, given a card by a pasted link, and exported: YAML front
// matter in Flux's key order, the renamed section in it.

const session = useAppSession();
const EVENT = 'https://sched.co/1HyXk';
const RENAMED = 'Around the cloud native world';

/** The keys of a YAML front matter block, in order. */
function yamlKeys(text: string): string[] {
  const block = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)?.[1];
  if (block === undefined) throw new Error(`no YAML front matter in:\n${text.slice(0, 200)}`);
  return Object.keys(parse(block) as object);
}

/** Pastes text with the keyboard while no text field has the focus. */
async function pasteOutsideFields(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('.compose-toolbar h1').click();
  await page.keyboard.press('Control+V');
}

/** Downloads the markdown, answering the lint question if the issue has problems. */
async function exportMarkdown(page: Page): Promise<string> {
  await openMoreActions(page);
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('group', { name: 'Export' })
    .getByRole('button', { name: 'Download markdown' })
    .click();
  const anyway = page.getByRole('dialog').getByRole('button', { name: 'Export anyway' });
  const asked = anyway.waitFor().then(
    () => true,
    () => false,
  );
  const first = await Promise.race([downloading.then(() => false), asked]);
  if (first) await anyway.click();
  const download = await downloading;
  return readFile(await download.path(), 'utf8');
}

/** Makes the share link, answering the lint question if the issue has problems. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share for review' }).click();
  const field = page.getByRole('textbox', { name: 'Share link' });
  const anyway = page.getByRole('dialog').getByRole('button', { name: 'Share anyway' });
  const asked = await Promise.race([
    field.waitFor().then(() => false),
    anyway.waitFor().then(() => true),
  ]);
  if (asked) await anyway.click();
  return field.inputValue();
}

describe('a second newsletter', () => {
  it('learns Flux from its archive, corrects it, composes its next issue and shares it', async () => {
    const { page, context } = await session.openApp('/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('link', { name: 'EKS News 056' }).first().waitFor();

    await page.locator('input[type="file"][aria-label="Archive folder"]').setInputFiles(fluxDir);
    const result = page.getByRole('region', { name: 'Archive import result' });
    await result.waitFor();
    await result.getByRole('link', { name: 'Review the template' }).click();

    await page.getByRole('heading', { name: 'Template: flux-updates' }).waitFor();
    const count = page.getByText(/^\d+ of \d+ items of the archive become cards\.$/);
    await count.waitFor();
    const [, cards, items] = /^(\d+) of (\d+)/.exec((await count.textContent()) ?? '') ?? [];
    expect(Number(cards)).toBeGreaterThan(0);
    expect(Number(cards)).toBeLessThanOrEqual(Number(items));
    const names = page.getByRole('textbox', { name: /^Name of section \d+$/ });
    const values = await names.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );
    const index = values.indexOf('In other news');
    expect(index).toBeGreaterThanOrEqual(0);
    const section = page.getByRole('textbox', { name: `Name of section ${index + 1}` });
    await section.fill(RENAMED);
    await section.press('Enter');
    await page.getByText('Earlier names: In other news').waitFor();
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByText('Saved “flux-updates”.').waitFor();

    await page.getByRole('link', { name: 'Back to the library' }).click();
    await page.getByRole('button', { name: 'New issue', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New issue of which newsletter?' });
    await dialog.getByRole('button', { name: 'flux-updates' }).click();
    await page.waitForURL(/\/issues\/[^/]+$/);
    await page.locator('.compose-columns:not([inert])').waitFor();
    const events = page.getByRole('region', { name: 'Upcoming Events', exact: true });
    await events.waitFor();
    await page.getByRole('region', { name: RENAMED, exact: true }).waitFor();

    await pasteOutsideFields(page, EVENT);
    await events.getByRole('article').first().waitFor();

    const text = await exportMarkdown(page);
    const newest = readFlux(fluxFiles().at(-1) as string);
    expect(yamlKeys(text)).toEqual(yamlKeys(newest));
    const issue = importIssue(text);
    expect(issue.frontMatter.format).toBe('yaml');
    expect(issue.frontMatter.unreadable).toBeUndefined();
    const headings = issue.sections.map((s) => s.heading);
    expect(headings).toContain(RENAMED);
    expect(headings).not.toContain('In other news');
    const upcoming = issue.sections.find((s) => s.heading === 'Upcoming Events');
    expect(upcoming?.blocks.some((b) => b.kind === 'card' && b.url === EVENT)).toBe(true);

    // A reviewer opens the share link and reads the issue as Flux's subscribers will.
    const link = await shareLink(page);
    const title = (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as { title: string })
      .title;
    const reviewer = await context.newPage();
    await reviewer.goto(link);
    await reviewer.getByRole('heading', { level: 1, name: title }).waitFor();
    await reviewer.getByRole('heading', { name: RENAMED }).waitFor();
    const shared = reviewer.locator(`a[href="${EVENT}"]`);
    expect(await shared.count()).toBe(1);
  });
});
