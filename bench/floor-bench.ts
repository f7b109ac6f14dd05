import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';
import { heapAfterGc } from './heap-after-gc';
import { watchEditable, watchFloorEditable } from './page-probes';
import { servePageBuild } from './serve-page-build';
import { median } from './stats';

/**
 * Timed loads of each page. A single load moves by 50-150 ms on a shared machine, and a median
 * of five moved the ratio by 0.2 and more between runs of the same code.
 */
const RUNS = 9;

/**
 * Issue 056 opened in the app against two TipTap floors built in the same run from
 * bench/editor-floors/ (issue "Open as fast as a bare editor"). Each load is a fresh browser
 * process on a profile that holds 056 as the shipped sample (the app's first run seeds it), the
 * app and the floors taking turns, after one untimed load of each, so that neither page is timed
 * on its first load, when its scripts are fetched and compiled afresh (the seeding visit opens
 * the library, not the editor). Figures:
 * - editable056Ms: navigation to the first frame with the first Summary box not inert and "All
 *   changes saved" (median of 9); bareEditable056Ms: the same to the first frame of one TipTap
 *   editor holding 056 as the reviewer's page renders it; editable056ToBareRatio (budget 1.3);
 * - heap056Kb, heapBare056Kb, heapEditors60Kb: the JS heap after GC with the page settled (the
 *   app with 056 open; the one-editor floor; sixty TipTap editors with the app's summary
 *   schema, one per card of a 60-card issue), and heap056ToEditors60Ratio (budget 2);
 * - domNodes056 and domNodesBare056: elements in each page once settled.
 */
export async function floorBench(baseUrl: string): Promise<Record<string, number>> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-floor-bench-'));
  const floors = await servePageBuild('editor-floors', path.join(workDir, 'floors'), {
    one: 'issue-056.html',
    sixty: 'editors-60.html',
  });
  const profile = path.join(workDir, 'profile');
  try {
    const app = new URL(await sampleIssuePath(profile, baseUrl), baseUrl).href;
    const bare = new URL('/issue-056.html', floors.url).href;
    const sixty = new URL('/editors-60.html', floors.url).href;
    const times = { app: [] as number[], bare: [] as number[] };
    await inFreshBrowser(profile, (page) => openReady(page, app, true));
    await inFreshBrowser(profile, (page) => openReady(page, bare));
    for (let run = 0; run < RUNS; run++) {
      times.app.push((await inFreshBrowser(profile, (page) => openReady(page, app, true))).at);
      times.bare.push((await inFreshBrowser(profile, (page) => openReady(page, bare))).at);
    }
    const settled = (url: string, isApp = false) =>
      inFreshBrowser(profile, async (page) => {
        await openReady(page, url, isApp);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(2000);
        const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
        return { heapKb: await heapAfterGc(page), nodes };
      });
    const [appSettled, bareSettled, sixtySettled] = [
      await settled(app, true),
      await settled(bare),
      await settled(sixty),
    ];
    const editable = Math.round(median(times.app));
    const bareEditable = Math.round(median(times.bare));
    return {
      editable056Ms: editable,
      bareEditable056Ms: bareEditable,
      editable056ToBareRatio: ratio(editable, bareEditable),
      heap056Kb: appSettled.heapKb,
      heapBare056Kb: bareSettled.heapKb,
      heapEditors60Kb: sixtySettled.heapKb,
      heap056ToEditors60Ratio: ratio(appSettled.heapKb, sixtySettled.heapKb),
      domNodes056: appSettled.nodes,
      domNodesBare056: bareSettled.nodes,
    };
  } finally {
    await floors.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;

/** Opens the app once on a new profile, which seeds the sample, and returns the sample's path. */
export async function sampleIssuePath(profile: string, baseUrl: string): Promise<string> {
  return inFreshBrowser(profile, async (page) => {
    await page.goto(new URL('/', baseUrl).href);
    const link = page.getByRole('table').getByRole('link', { name: 'EKS News 056', exact: true });
    const href = await link.getAttribute('href');
    if (!href) throw new Error('the library shows no sample issue');
    return href;
  });
}

/** Runs `use` on a page of a browser process launched for it on `profile`, then closes it. */
export async function inFreshBrowser<T>(
  profile: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    timeout: 120_000,
    viewport: { width: 1400, height: 900 },
  });
  try {
    context.setDefaultTimeout(120_000);
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Loads `url` and returns when it took edits (see page-probes.ts). */
async function openReady(page: Page, url: string, isApp = false): Promise<{ at: number }> {
  await page.addInitScript(isApp ? watchEditable : watchFloorEditable);
  await page.goto(url);
  await page.waitForFunction(() => window.benchEditableAt !== undefined, undefined, {
    polling: 100,
  });
  return { at: await page.evaluate(() => window.benchEditableAt ?? Number.NaN) };
}
