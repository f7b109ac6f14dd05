import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';
import { importIssue } from '../src/core/markdown/import-issue';
import { generateArchive } from './archive-generator';
import { heapAfterGc } from './heap-after-gc';
import { median } from './stats';

const ISSUES = 500;
const CARDS_PER_ISSUE = 50;
const corpus056 = fileURLToPath(new URL('../test/fixtures/eks-news/056.md', import.meta.url));

/**
 * Ten years of a weekly newsletter (issue 16): 500 generated issues of 50 cards (25,000 card
 * links, bench/archive-generator.ts) in Debian's chromium, on fresh profiles. Figures:
 * - archive500ImportMs: the app's own measure of importing the folder through the library's
 *   archive input (archive500ImportWallMs also counts handing the files over and the result);
 *   archive500ProgressShown is 1 when a progressbar with a value and a maximum was seen;
 * - libraryList500Ms: a fresh library page, from its asking for the list to the painted frame
 *   that shows the list, its rows filling the window (the page renders the rows past the first
 *   screenful a batch per frame after it); libraryAllRows500Ms the same to the painted frame
 *   with all 501 rows in the tables;
 * - search500Ms: the search of every card for a word, as the app measures it (search500ShownMs
 *   from typing to the result count on screen);
 * - featuredCheck500Ms: the link-index lookup of the first URL pasted into 056's add-link box,
 *   featuredCheckLater500Ms the median of the four pasted after it (the first is featured in one
 *   archived issue, the next two in about 18 each, the last two in one); featuredOpen500Ms the
 *   lookup for the cards on screen when 056 opens;
 * - heapWithArchiveKb / heapWithoutArchiveKb: JS heap after GC with 056 open and its badges
 *   settled, with the archive imported and on a profile without it, and their ratio.
 */
export async function archiveScaleBench(baseUrl: string): Promise<Record<string, number>> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-archive-scale-'));
  try {
    const archiveDir = path.join(workDir, 'archive');
    await mkdir(archiveDir);
    generateArchive(archiveDir, { issues: ISSUES, cardsPerIssue: CARDS_PER_ISSUE });
    const draft = path.join(workDir, '056.md');
    await copyFile(corpus056, draft);
    // Links the last five issues featured, pasted one after the other into 056.
    const pasted = await Promise.all(
      [0, 1, 2, 3, 4].map((back) => lastCardUrl(path.join(archiveDir, `${ISSUES - back}.md`))),
    );
    const without = await inProfile(path.join(workDir, 'bare'), async (context) => {
      const id = await importDraft(context, baseUrl, draft);
      return openAndWeigh(context, baseUrl, id);
    });
    const results: Record<string, number> = await inProfile(
      path.join(workDir, 'archive-profile'),
      async (context) => {
        const imported = await importArchiveFolder(context, baseUrl, archiveDir);
        const id = await importDraft(context, baseUrl, draft);
        const listed = await timeLibraryList(context, baseUrl, ISSUES + 1);
        const searched = await timeSearch(context, baseUrl);
        const opened = await openAndWeigh(context, baseUrl, id, pasted);
        return { ...imported, ...listed, ...searched, ...opened };
      },
    );
    const { heapKb: withArchive = Number.NaN, ...figures } = results;
    const withoutArchive = without.heapKb ?? Number.NaN;
    return {
      ...figures,
      heapWithArchiveKb: withArchive,
      heapWithoutArchiveKb: withoutArchive,
      heapWithArchiveToWithoutRatio: Math.round((withArchive / withoutArchive) * 1000) / 1000,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The last card URL of a generated issue: a link the archive featured, to paste. */
async function lastCardUrl(file: string): Promise<string> {
  const issue = importIssue(await readFile(file, 'utf8'));
  const cards = issue.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'card');
  const url = cards.at(-1)?.url;
  if (url === undefined) throw new Error(`no card in ${file}`);
  return url;
}

async function inProfile<T>(dir: string, run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    timeout: 120_000,
    viewport: { width: 1400, height: 900 },
  });
  try {
    context.setDefaultTimeout(300_000);
    return await run(context);
  } finally {
    await context.close();
  }
}

async function importArchiveFolder(
  context: BrowserContext,
  baseUrl: string,
  dir: string,
): Promise<Record<string, number>> {
  const page = await context.newPage();
  await page.goto(new URL('/', baseUrl).href, { waitUntil: 'load' });
  const input = page.locator('input[type="file"][aria-label="Archive folder"]');
  await input.waitFor({ state: 'attached' });
  const bar = page.getByRole('progressbar');
  const progressShown = bar
    .waitFor({ state: 'visible' })
    .then(() => bar.evaluate((el) => el.hasAttribute('value') && el.hasAttribute('max')))
    .catch(() => false);
  const started = performance.now();
  await input.setInputFiles(dir);
  const result = page.getByRole('region', { name: 'Archive import result' });
  await result.waitFor();
  const wall = performance.now() - started;
  const text = (await result.textContent()) ?? '';
  const archived = Number(/Archived (\d+) issue/.exec(text)?.[1] ?? 0);
  if (archived !== ISSUES) throw new Error(`archived ${archived} of ${ISSUES} issues: ${text}`);
  const measured = await page.evaluate(
    () => performance.getEntriesByName('broadsheet:archive-import').at(-1)?.duration ?? -1,
  );
  const shown = await progressShown;
  await page.close();
  return {
    archive500ImportMs: Math.round(measured),
    archive500ImportWallMs: Math.round(wall),
    archive500ProgressShown: shown ? 1 : 0,
  };
}

/** Imports one markdown file as a draft through the library; returns its id. */
async function importDraft(context: BrowserContext, baseUrl: string, file: string) {
  const page = await context.newPage();
  await page.goto(new URL('/', baseUrl).href);
  await page
    .locator('input[type="file"][aria-label="Markdown files to import"]')
    .setInputFiles(file);
  const link = page
    .getByRole('table', { name: 'Drafts', exact: true })
    .getByRole('link', { name: 'EKS News 056', exact: true })
    // The imported file replaces the sample 056 a new profile starts with, or stands beside it.
    .first();
  const href = (await link.getAttribute('href')) ?? '';
  await page.close();
  return decodeURIComponent(href.replace(/^\/issues\//, ''));
}

/**
 * A fresh library page: from its asking for the list to the painted frame (the task after the
 * next frame) that first shows rows, and to the one that shows all `rows`. The first must show
 * rows past the bottom of the window, or the figure would time a list that does not fill it.
 */
async function timeLibraryList(
  context: BrowserContext,
  baseUrl: string,
  rows: number,
): Promise<Record<string, number>> {
  const page = await context.newPage();
  await page.addInitScript(watchLibraryRows, rows);
  await page.goto(new URL('/', baseUrl).href);
  await page.waitForFunction(() => window.benchLibrary?.allAt !== undefined, undefined, {
    polling: 100,
  });
  const { asked, firstAt, allAt, firstFilled } = await page.evaluate(() => ({
    asked: performance.getEntriesByName('broadsheet:library-list').at(0)?.startTime ?? Number.NaN,
    firstAt: window.benchLibrary?.firstAt ?? Number.NaN,
    allAt: window.benchLibrary?.allAt ?? Number.NaN,
    firstFilled: window.benchLibrary?.firstFilled ?? false,
  }));
  await page.close();
  if (!firstFilled) throw new Error('the first rows of the library did not fill the window');
  return {
    libraryList500Ms: Math.round(firstAt - asked),
    libraryAllRows500Ms: Math.round(allAt - asked),
  };
}

declare global {
  interface Window {
    benchLibrary?: { firstAt?: number; firstFilled?: boolean; allAt?: number };
  }
}

/**
 * Put in the page before its scripts: the moments after the frames that first showed the
 * library's rows and all `rows` of them were painted. No named inner functions (see
 * page-probes.ts).
 */
function watchLibraryRows(rows: number): void {
  const seen: NonNullable<Window['benchLibrary']> = {};
  window.benchLibrary = seen;
  let first = false;
  const observer = new MutationObserver(() => {
    const shown = document.querySelectorAll('table.issue-table tbody tr');
    if (shown.length > 0 && !first) {
      first = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          seen.firstAt = performance.now();
          const last = [...document.querySelectorAll('table.issue-table tbody tr')].at(-1);
          seen.firstFilled = (last?.getBoundingClientRect().bottom ?? 0) > window.innerHeight;
        }, 0),
      );
    }
    if (shown.length < rows) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        seen.allAt = performance.now();
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function timeSearch(context: BrowserContext, baseUrl: string) {
  const page = await context.newPage();
  const loadStarted = performance.now();
  await page.goto(new URL('/search', baseUrl).href);
  await page
    .getByRole('status')
    .filter({ hasText: /issues to search/ })
    .waitFor();
  const ready = performance.now() - loadStarted;
  const field = page.getByRole('searchbox', { name: 'Search titles, links and bullets' });
  const typed = await page.evaluate(() => performance.now());
  await field.fill('karpenter');
  const shownAt = await page.waitForFunction(
    () =>
      /match|No matches/.test(document.querySelector('.search-count')?.textContent ?? '')
        ? performance.now()
        : false,
    undefined,
    { polling: 'raf' },
  );
  const shown = ((await shownAt.jsonValue()) as number) - typed;
  const measured = await page.evaluate(
    () => performance.getEntriesByName('broadsheet:search').at(-1)?.duration ?? Number.NaN,
  );
  await page.close();
  return {
    search500Ms: Math.round(measured * 10) / 10,
    search500ShownMs: Math.round(shown),
    search500ReadyMs: Math.round(ready),
  };
}

/**
 * Opens the draft, waits for its badges, and weighs the JS heap after a GC. With `pasted`, also
 * times the featured check of those URLs pasted into the first add-link box.
 */
async function openAndWeigh(
  context: BrowserContext,
  baseUrl: string,
  id: string,
  pasted?: readonly string[],
): Promise<Record<string, number>> {
  const page = await context.newPage();
  await page.goto(new URL(`/issues/${encodeURIComponent(id)}`, baseUrl).href);
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2000);
  const figures: Record<string, number> = { heapKb: await heapAfterGc(page) };
  if (pasted !== undefined) Object.assign(figures, await timePaste(page, pasted));
  await page.close();
  return figures;
}

/**
 * Pastes each URL in turn into the first add-link box, waiting for its lookup and its badge. The
 * box is scrolled into view and the page left to settle first: cards are rendered only near the
 * viewport, so scrolling to the box (as filling it does) renders more cards, whose badges ask the
 * link index in a lookup of their own, which would otherwise be counted as the first paste's.
 */
async function timePaste(page: Page, urls: readonly string[]): Promise<Record<string, number>> {
  const opened = await lookups(page);
  const box = page.locator('input[data-field="add-link"]').first();
  await box.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1000);
  const atOpen = await lookups(page);
  for (const [i, url] of urls.entries()) {
    await box.fill(url);
    await page.waitForFunction(
      (count) => performance.getEntriesByName('broadsheet:featured-lookup').length > count,
      atOpen.length + i,
    );
    await page.locator('form.add-link .featured-badge').first().waitFor();
  }
  const pastes = (await lookups(page)).slice(atOpen.length);
  const round = (ms: number | undefined) => Math.round((ms ?? Number.NaN) * 10) / 10;
  return {
    featuredOpen500Ms: round(opened[0]),
    featuredCheck500Ms: round(pastes[0]),
    featuredCheckLater500Ms: round(median(pastes.slice(1))),
  };
}

function lookups(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('broadsheet:featured-lookup').map((entry) => entry.duration),
  );
}
