import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusDir, readCorpus } from '../helpers/corpus.ts';
import { answerAnyway } from './answer-lint-gate.ts';
import { useAppSession } from './app-session.ts';
import { openMoreActions } from './more-actions.ts';

// Save into the site folder (issue 15, item 6), through the browser's own File System Access
// interface. The site folder is a folder of the origin private file system: the one test seam is
// window.showDirectoryPicker, replaced before the app loads by a function that hands out that
// folder's real FileSystemDirectoryHandle (and counts how often it was asked). Everything after
// it (permission, listing content/, reading and writing the file, keeping the handle in
// IndexedDB) is the browser's.

const session = useAppSession();
const SITE = 'eks-news-site';
const SAVED = `Saved content/en/archives/056.md in ${SITE}.`;

/** Files of the site folder, by path, written into the origin private file system. */
async function makeSite(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ site, files }) => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle(site, { create: true });
      for (const [at, text] of Object.entries(files)) {
        const parts = at.split('/');
        const name = parts.pop()!;
        let dir = folder;
        for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { site: SITE, files },
  );
}

/** The bytes of a file of the site folder. */
async function readSiteFile(page: Page, at: string): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ({ site, at }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(site);
      const parts = at.split('/');
      const name = parts.pop()!;
      for (const part of parts) dir = await dir.getDirectoryHandle(part);
      const file = await (await dir.getFileHandle(name)).getFile();
      return [...new Uint8Array(await file.arrayBuffer())];
    },
    { site: SITE, at },
  );
  return Buffer.from(bytes);
}

/** Opens the app with the site folder made and the picker handing it out, then issue 056. */
async function open056(files: Record<string, string>): Promise<Page> {
  const { page } = await session.openApp('/');
  await makeSite(page, files);
  await page.addInitScript((site) => {
    const pick = async () => {
      sessionStorage.setItem('picked', String(Number(sessionStorage.getItem('picked')) + 1));
      return (await navigator.storage.getDirectory()).getDirectoryHandle(site);
    };
    Object.assign(window, { showDirectoryPicker: pick });
  }, SITE);
  await page.reload({ waitUntil: 'load' });
  await page.getByRole('link', { name: 'EKS News 056' }).click();
  await page.waitForURL(/\/issues\/[^/]+$/);
  await page.locator('.compose-columns:not([inert])').waitFor();
  return page;
}

/** Presses "Save to site folder", answers the lint question, and waits for `message`. */
async function save(page: Page, message?: string): Promise<void> {
  await openMoreActions(page);
  const group = page.getByRole('group', { name: 'Export' });
  await group.getByRole('button', { name: 'Save to site folder' }).click();
  await answerAnyway(page, 'Save');
  if (message) await group.getByRole('status').getByText(message, { exact: true }).waitFor();
}

const picked = (page: Page) => page.evaluate(() => Number(sessionStorage.getItem('picked')));

describe('saving into the site folder', () => {
  it('writes 056 beside the other issues, byte for byte the file, and keeps the folder', async () => {
    const page = await open056({
      'content/_index.md': '+++\ntitle = "EKS News"\n+++\n',
      'content/en/archives/055.md': readCorpus('055.md'),
    });
    await save(page, SAVED);
    const original = await readFile(path.join(corpusDir, '056.md'));
    expect((await readSiteFile(page, 'content/en/archives/056.md')).equals(original)).toBe(true);
    expect(await picked(page)).toBe(1);

    // After a reload the folder comes back from IndexedDB; the file there is the last export,
    // so it is saved over without a question.
    await page.reload({ waitUntil: 'load' });
    await page.locator('.compose-columns:not([inert])').waitFor();
    await save(page, SAVED);
    expect(await picked(page)).toBe(1);
    expect((await readSiteFile(page, 'content/en/archives/056.md')).equals(original)).toBe(true);
  });

  it('says what it expected of a folder without content/', async () => {
    const page = await open056({ 'en/archives/055.md': readCorpus('055.md') });
    await save(
      page,
      `${SITE} has no content/ folder: choose the root folder of the Hugo site, the one that ` +
        'holds content/. Nothing was saved.',
    );
  });

  it('asks before replacing a file changed outside Broadsheet', async () => {
    const changed = `${readCorpus('056.md')}\nA line added by hand.\n`;
    const page = await open056({ 'content/en/archives/056.md': changed });
    const question = page.getByRole('dialog', { name: 'Replace the file?' });

    await save(page);
    await question.waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByRole('group', { name: 'Export' })
      .getByRole('status')
      .getByText('Kept content/en/archives/056.md as it was: nothing was saved.')
      .waitFor();
    expect((await readSiteFile(page, 'content/en/archives/056.md')).toString()).toBe(changed);

    await save(page);
    await question.getByRole('button', { name: 'Replace file' }).click();
    await page.getByRole('group', { name: 'Export' }).getByText(SAVED).waitFor();
    const original = await readFile(path.join(corpusDir, '056.md'));
    expect((await readSiteFile(page, 'content/en/archives/056.md')).equals(original)).toBe(true);
  });
});
