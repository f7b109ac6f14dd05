import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';
import { watchEditable } from './page-probes';
import { median } from './stats';
import { syntheticIssue } from './synthetic-issues';
import { interleavedLatencies, serveBareEditor, summarize } from './typing-latency';

const SIZES = [25, 60, 250, 500] as const;
const TYPED_SIZES = [60, 500, 2000] as const;
const IMPORTED_SIZES = [...SIZES, 2000] as const;
const EDITABLE_RUNS = 5;

/**
 * The editor at size, in Debian's chromium on a fresh profile, against the served build at
 * `baseUrl` (issue 3, "Speed at size"). Synthetic issues of 25, 60, 250, 500 and 2,000 cards
 * (corpus cards repeated, built here in Node) are imported through the library's Import input.
 * Figures:
 * - editableMs<N>: navigation start to the first frame showing the first card's Summary box,
 *   not inert, and the status "All changes saved" (median of 5 loads, the sizes taking turns);
 * - domNodes<N> for 25 and 500: the elements in the page once it has settled after opening;
 * - typingP50Ms<N>/typingP95Ms<N> for 60, 500 and 2,000: keydown `timeStamp` to the next frame
 *   (requestAnimationFrame, then a task), 200 keystrokes in the last card's summary after 20
 *   unmeasured ones; bareTypingP50Ms/bareTypingP95Ms: the same in a page holding one TipTap
 *   editor, built from bench/bare-editor/ in this run. The pages take turns of 50 keys; the
 *   pages being compared are measured under the same load of the machine;
 * - typingLongestTaskMs<N>: the longest task (PerformanceObserver `longtask`) while typing;
 * - editorRouteGzipBytes: the scripts the page fetched until the editor was editable (gzip 9);
 *   editorRouteAllGzipBytes: also those fetched after it, once the network is idle (the TipTap
 *   editors preloaded when idle, the exporter for lint and export).
 */
export async function editorBench(baseUrl: string): Promise<Record<string, number>> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-editor-bench-'));
  const bareEditor = await serveBareEditor(path.join(workDir, 'bare'));
  const context = await chromium.launchPersistentContext(path.join(workDir, 'profile'), {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    timeout: 120_000,
    viewport: { width: 1400, height: 900 },
  });
  try {
    context.setDefaultTimeout(120_000);
    const ids = await importSynthetic(context, baseUrl, workDir);
    const results: Record<string, number> = await routeWeight(context, baseUrl, ids.get(60));
    // Sizes take turns, so that a busy moment of a shared machine falls on all of them alike.
    const runs = new Map<number, number[]>(SIZES.map((size) => [size, []]));
    for (let i = 0; i < EDITABLE_RUNS; i++)
      for (const size of SIZES)
        runs.get(size)?.push(await timeToEditable(context, editorUrl(baseUrl, ids.get(size))));
    for (const size of SIZES)
      results[`editableMs${size}`] = Math.round(median(runs.get(size) ?? []));
    for (const size of [25, 500])
      results[`domNodes${size}`] = await settledNodes(context, editorUrl(baseUrl, ids.get(size)));
    const typed = await Promise.all(
      TYPED_SIZES.map((size) => openEditor(context, editorUrl(baseUrl, ids.get(size)))),
    );
    const bare = await context.newPage();
    await bare.goto(bareEditor.url);
    const pages = [...typed, bare];
    const latencies = await interleavedLatencies(pages);
    TYPED_SIZES.forEach((size, i) => {
      Object.assign(results, summarize(latencies[i]?.keys ?? [], `${size}`));
      results[`typingLongestTaskMs${size}`] = Math.round(
        Math.max(0, ...(latencies[i]?.tasks ?? [])),
      );
    });
    const bareLatencies = latencies[pages.length - 1]?.keys ?? [];
    Object.assign(results, summarize(bareLatencies, '', 'bareTyping'));
    return results;
  } finally {
    await context.close();
    await bareEditor.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

function editorUrl(baseUrl: string, id: string | undefined): string {
  if (id === undefined) throw new Error('a synthetic issue was not imported');
  return new URL(`/issues/${encodeURIComponent(id)}`, baseUrl).href;
}

/** Imports the synthetic issues through the library and returns their ids by size. */
async function importSynthetic(
  context: BrowserContext,
  baseUrl: string,
  workDir: string,
): Promise<Map<number, string>> {
  const files: string[] = [];
  for (const size of IMPORTED_SIZES) {
    const file = path.join(workDir, `bench-${size}.md`);
    await writeFile(file, syntheticIssue(size));
    files.push(file);
  }
  const page = await context.newPage();
  await page.goto(new URL('/', baseUrl).href);
  await page
    .locator('input[type="file"][aria-label="Markdown files to import"]')
    .setInputFiles(files);
  const ids = new Map<number, string>();
  for (const size of IMPORTED_SIZES) {
    const link = page
      .getByRole('table')
      .getByRole('link', { name: `EKS News bench-${size}`, exact: true });
    const href = (await link.getAttribute('href')) ?? '';
    ids.set(size, decodeURIComponent(href.replace(/^\/issues\//, '')));
  }
  await page.close();
  return ids;
}

async function openEditor(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(watchEditable);
  await page.goto(url);
  await page.waitForFunction(() => window.benchEditableAt !== undefined, undefined, {
    polling: 100,
  });
  return page;
}

async function timeToEditable(context: BrowserContext, url: string): Promise<number> {
  const page = await openEditor(context, url);
  const at = await page.evaluate(() => window.benchEditableAt ?? Number.NaN);
  await page.close();
  return at;
}

/** The elements in the editor's page once it has opened and settled. */
async function settledNodes(context: BrowserContext, url: string): Promise<number> {
  const page = await openEditor(context, url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.close();
  return nodes;
}

/**
 * The gzip size of the scripts the editor requested before it was editable (by the page's own
 * resource timing), and of all it requested until the network was idle.
 */
async function routeWeight(
  context: BrowserContext,
  baseUrl: string,
  id: string | undefined,
): Promise<Record<string, number>> {
  const page = await openEditor(context, editorUrl(baseUrl, id));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2500);
  await page.waitForLoadState('networkidle');
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'))
      .map((entry) => ({
        url: entry.name,
        early: entry.startTime <= (window.benchEditableAt ?? 0),
      })),
  );
  await page.close();
  const sizes = new Map<string, number>();
  for (const { url } of scripts) {
    if (!sizes.has(url)) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      sizes.set(url, gzipSync(body, { level: 9 }).length);
    }
  }
  const sum = (list: typeof scripts) =>
    [...new Set(list.map((s) => s.url))].reduce((total, url) => total + (sizes.get(url) ?? 0), 0);
  return {
    editorRouteGzipBytes: sum(scripts.filter((s) => s.early)),
    editorRouteAllGzipBytes: sum(scripts),
  };
}
