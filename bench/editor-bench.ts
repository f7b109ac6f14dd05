import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../test/e2e/chromium';
import { median, percentile } from './stats';
import { syntheticIssue } from './synthetic-issues';

const SIZES = [25, 60, 250, 500] as const;
const TYPED_SIZES = [60, 500] as const;
const KEYSTROKES = 200;
const WARM_UP_KEYSTROKES = 20;
const EDITABLE_RUNS = 5;
const root = fileURLToPath(new URL('..', import.meta.url));

declare global {
  interface Window {
    /** performance.now() when the editor first became editable. */
    benchEditableAt?: number;
    /** Keydown-to-next-frame latencies, in ms. */
    benchLatencies?: number[];
  }
}

/**
 * The editor at size, in Debian's chromium on a fresh profile, against the served build at
 * `baseUrl` (issue 3, "Speed at size"). Synthetic issues of 25, 60, 250 and 500 cards (corpus
 * cards repeated, built here in Node) are imported through the library's Import input. Figures:
 * - editableMs<N>: navigation start to the first frame showing the first card's Summary box,
 *   not inert, and the status "All changes saved" (median of 5 loads, the sizes taking turns);
 * - typingP50Ms<N>/typingP95Ms<N> for 60 and 500: keydown `timeStamp` to the next frame
 *   (requestAnimationFrame, then a task), 200 keystrokes in the last card's summary after 20
 *   unmeasured ones; bareTypingP50Ms/bareTypingP95Ms: the same in a page holding one TipTap
 *   editor, built from bench/bare-editor/ in this run. The three pages take turns of 50 keys;
 *   the pages being compared are measured under the same load of the machine;
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
    const typed = await Promise.all(
      TYPED_SIZES.map((size) => openEditor(context, editorUrl(baseUrl, ids.get(size)))),
    );
    const bare = await context.newPage();
    await bare.goto(bareEditor.url);
    const pages = [...typed, bare];
    const latencies = await interleavedLatencies(pages);
    TYPED_SIZES.forEach((size, i) =>
      Object.assign(results, summarize(latencies[i] ?? [], `${size}`)),
    );
    Object.assign(results, summarize(latencies[pages.length - 1] ?? [], '', 'bareTyping'));
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

function summarize(latencies: number[], size: string, prefix = 'typing'): Record<string, number> {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    [`${prefix}P50Ms${size}`]: round(percentile(latencies, 50)),
    [`${prefix}P95Ms${size}`]: round(percentile(latencies, 95)),
  };
}

/** Imports the synthetic issues through the library and returns their ids by size. */
async function importSynthetic(
  context: BrowserContext,
  baseUrl: string,
  workDir: string,
): Promise<Map<number, string>> {
  const files: string[] = [];
  for (const size of SIZES) {
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
  for (const size of SIZES) {
    const link = page
      .getByRole('table')
      .getByRole('link', { name: `EKS News bench-${size}`, exact: true });
    const href = (await link.getAttribute('href')) ?? '';
    ids.set(size, decodeURIComponent(href.replace(/^\/issues\//, '')));
  }
  await page.close();
  return ids;
}

/**
 * Marks the moment the editor becomes editable, watched from before the page's first script.
 * (No named inner functions: tsx would wrap them in a helper the page does not have.)
 */
function watchEditable(): void {
  const observer = new MutationObserver(() => {
    const summary = document.querySelector('[role="textbox"][aria-label="Summary"]');
    // Present, and not inert (the form takes edits once this tab holds the draft's lock).
    if (summary === null || summary.closest('[inert]') !== null) return;
    const statuses = [...document.querySelectorAll('[role="status"]')];
    if (!statuses.some((status) => status.textContent === 'All changes saved')) return;
    observer.disconnect();
    // Editable is when that is on screen: after the next frame is laid out and painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.benchEditableAt = performance.now();
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
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

/** Records the latency of every keydown: its timeStamp to the task after the next frame. */
function recordLatencies(): void {
  window.benchLatencies = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() =>
        setTimeout(() => window.benchLatencies?.push(performance.now() - start), 0),
      );
    },
    { capture: true },
  );
}

/** Clicks into the last Summary box and puts the cursor at its end, ready to type. */
async function prepareTyping(page: Page): Promise<void> {
  await page.bringToFront();
  const box = page.getByRole('textbox', { name: 'Summary' }).last();
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'));
  await page.keyboard.press('End');
  await page.evaluate(recordLatencies);
}

/**
 * Types the same keystrokes into each page in turns of 50 (one key per frame: the next key once
 * the last one's latency is in), so that a busy moment of a shared machine falls on all pages
 * alike. Returns each page's latencies, warm-up keystrokes left out.
 */
async function interleavedLatencies(pages: Page[]): Promise<number[][]> {
  for (const page of pages) await prepareTyping(page);
  await pages[0]?.waitForTimeout(1500);
  const text = 'the editor keeps up with typing at any size ';
  const typedSoFar = pages.map(() => 0);
  const turn = 50;
  const total = WARM_UP_KEYSTROKES + KEYSTROKES;
  while ((typedSoFar[0] ?? total) < total) {
    for (const [index, page] of pages.entries()) {
      await page.bringToFront();
      const start = typedSoFar[index] ?? 0;
      const end = Math.min(total, start + (start === 0 ? turn + WARM_UP_KEYSTROKES : turn));
      for (let i = start; i < end; i++) {
        await page.keyboard.type(text[i % text.length] as string);
        await page.waitForFunction((n) => (window.benchLatencies?.length ?? 0) >= n, i + 1, {
          polling: 'raf',
        });
      }
      typedSoFar[index] = end;
    }
  }
  return Promise.all(
    pages.map(async (page) =>
      (await page.evaluate(() => window.benchLatencies ?? [])).slice(WARM_UP_KEYSTROKES),
    ),
  );
}

/** Builds bench/bare-editor/ with the app's own Vite and React plugin, and serves it. */
async function serveBareEditor(
  outDir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const bareRoot = path.join(root, 'bench/bare-editor');
  await build({
    root: bareRoot,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const server = await preview({
    root: bareRoot,
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the bare editor page has no address');
  return { url, close: () => server.close() };
}
