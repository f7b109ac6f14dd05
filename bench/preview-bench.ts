import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type Manifest } from 'vite';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/e2e/chromium';
import { shareDictionariesFromDisk } from '../src/cli/read-share-dictionaries';
import { encodeShareLink } from '../src/core/share/share-link';
import { buildPreviewFloor } from './build-preview-floor';
import { median } from './stats';

/**
 * The reviewer page against its floor: React, react-dom and the router showing issue 056's
 * rendered HTML from a static file (bench/preview-floor/), built in the same run. The budget is
 * on time: the page shows 056 from its share link in at most 1.3 times the floor's time. The
 * weight is reported beside it (floorGzipBytes, previewToFloorRatio). Three figures for the route:
 * - previewStaticGzipBytes: the entry chunk, the review page's chunk and every chunk they import
 *   statically, from the build manifest (what the route needs whatever the page does);
 * - previewRouteGzipBytes: the JavaScript Chromium actually fetches to show issue 056 from its
 *   share link on a fresh profile (also what the app loads at start, such as first-run data);
 * - previewOwnGzipBytes: the review page's chunks without the entry.
 * Sizes are gzip level 9 of each file. The share dictionary is fetched as a file, not code:
 * previewDictionaryGzipBytes reports it apart.
 * Time to the issue on the reviewer's screen: previewShownMs from navigation to the first frame
 * showing the issue's title, on a fresh context (median of 5), previewShownMsAt100msLatency the
 * same with 100 ms of latency on every request; floorShownMs and floorShownMsAt100msLatency the
 * same for the floor, and previewShownToFloorRatio, previewShownToFloorRatioAt100msLatency.
 */
export async function previewBench(root: string): Promise<Record<string, number>> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-preview-bench-'));
  try {
    const appDir = path.join(workDir, 'app');
    const floorDir = path.join(workDir, 'floor');
    await build({
      root,
      logLevel: 'silent',
      build: { outDir: appDir, emptyOutDir: true, manifest: true },
    });
    const markdown = await buildPreviewFloor(root, floorDir);
    const app = await readManifest(appDir);
    const floor = await readManifest(floorDir);
    const entry = entryKey(app, 'index.html');
    const review = app['src/features/review/review-page.tsx'];
    if (!review)
      throw new Error('the build has no review page chunk: is /preview routed to ReviewPage?');
    const entryFiles = closure(app, [entry]);
    const routeFiles = closure(app, [entry, 'src/features/review/review-page.tsx']);
    const floorBytes = await gzipFiles(floorDir, closure(floor, [entryKey(floor, 'index.html')]));
    const staticBytes = await gzipFiles(appDir, routeFiles);
    const ownBytes = staticBytes - (await gzipFiles(appDir, entryFiles));
    const opened = await openSharedIssue(root, markdown, appDir, floorDir);
    const loaded = opened.bytes;
    const dictionary = Object.values(app).find((chunk) => /share-dictionary-v2/.test(chunk.file));
    return {
      floorGzipBytes: floorBytes,
      previewRouteGzipBytes: loaded,
      previewStaticGzipBytes: staticBytes,
      previewOwnGzipBytes: ownBytes,
      previewToFloorRatio: Math.round((loaded / floorBytes) * 1000) / 1000,
      previewDictionaryGzipBytes: dictionary ? await gzipFiles(appDir, [dictionary.file]) : 0,
      previewShownMs: opened.app.local,
      previewShownMsAt100msLatency: opened.app.slow,
      floorShownMs: opened.floor.local,
      floorShownMsAt100msLatency: opened.floor.slow,
      previewShownToFloorRatio: ratio(opened.app.local, opened.floor.local),
      previewShownToFloorRatioAt100msLatency: ratio(opened.app.slow, opened.floor.slow),
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;

async function readManifest(outDir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

function entryKey(manifest: Manifest, suffix: string): string {
  const key = Object.keys(manifest).find(
    (name) => manifest[name]?.isEntry && name.endsWith(suffix),
  );
  if (!key) throw new Error(`no entry ${suffix} in the build manifest`);
  return key;
}

/** The JS files of the given chunks and of every chunk they import statically. */
function closure(manifest: Manifest, keys: string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...files];
}

async function gzipFiles(outDir: string, files: string[]): Promise<number> {
  let total = 0;
  for (const file of files)
    total += gzipSync(await readFile(path.join(outDir, file)), { level: 9 }).length;
  return total;
}

const SHOWN_RUNS = 5;
/** The emulated network of a reviewer's first visit: this much latency on every request. */
const SLOW_LATENCY_MS = 100;

declare global {
  interface Window {
    /** performance.now() when the shared issue's title was first in the page. */
    benchShownAt?: number;
  }
}

interface Shown {
  local: number;
  slow: number;
}

/**
 * Serves the app's build and the floor's, and opens /preview#056 (issue 056's share link) on
 * each in fresh browser contexts: the gzip size of every script Chromium fetched the first time
 * on the app, and the median time from navigation to the first frame showing the issue's title,
 * on the local server and with 100 ms of latency on every request (a reviewer's first visit,
 * where every round trip counts). The app and the floor, on the two networks, take turns, so
 * both meet the same load of the machine.
 */
async function openSharedIssue(
  root: string,
  markdown: string,
  outDir: string,
  floorDir: string,
): Promise<{ bytes: number; app: Shown; floor: Shown }> {
  const serve = (serverRoot: string, dir: string, configFile?: false) =>
    preview({
      root: serverRoot,
      configFile,
      logLevel: 'silent',
      build: { outDir: dir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
  const server = await serve(root, outDir);
  const floorServer = await serve(path.join(root, 'bench/preview-floor'), floorDir, false);
  const browser = await launchBrowser();
  try {
    const address = server.resolvedUrls?.local[0];
    const floorAddress = floorServer.resolvedUrls?.local[0];
    if (!address || !floorAddress) throw new Error('the preview server has no address');
    const fragment = encodeShareLink(markdown, shareDictionariesFromDisk());
    const url = new URL(`/preview#${fragment}`, address).href;
    const floorUrl = new URL(`/preview#${fragment}`, floorAddress).href;
    const scripts: Promise<number>[] = [];
    const times = { app: { local: [], slow: [] }, floor: { local: [], slow: [] } } as Record<
      'app' | 'floor',
      Record<keyof Shown, number[]>
    >;
    for (let run = 0; run < SHOWN_RUNS; run++) {
      times.app.local.push(await timeToShown(browser, url, 0, run === 0 ? scripts : undefined));
      times.floor.local.push(await timeToShown(browser, floorUrl, 0));
      times.app.slow.push(await timeToShown(browser, url, SLOW_LATENCY_MS));
      times.floor.slow.push(await timeToShown(browser, floorUrl, SLOW_LATENCY_MS));
    }
    const medians = (shown: Record<keyof Shown, number[]>): Shown => ({
      local: Math.round(median(shown.local)),
      slow: Math.round(median(shown.slow)),
    });
    return {
      bytes: (await Promise.all(scripts)).reduce((sum, bytes) => sum + bytes, 0),
      app: medians(times.app),
      floor: medians(times.floor),
    };
  } finally {
    await browser.close();
    await floorServer.close();
    await server.close();
  }
}

/** One load on a fresh context: ms from navigation to the title; scripts sized if asked. */
async function timeToShown(
  browser: Browser,
  url: string,
  latencyMs: number,
  scripts?: Promise<number>[],
): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (latencyMs > 0) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: latencyMs,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    if (scripts) {
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
      });
    }
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('h1')?.textContent !== 'EKS News 056') return;
        observer.disconnect();
        // On screen: once the next frame is laid out and painted.
        requestAnimationFrame(() =>
          setTimeout(() => {
            window.benchShownAt = performance.now();
          }),
        );
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await page
      .getByRole('heading', { level: 1, name: 'EKS News 056' })
      .waitFor({ timeout: 60_000 });
    if (scripts) await page.waitForLoadState('networkidle');
    const shownAt = await page.waitForFunction(() => window.benchShownAt);
    return (await shownAt.jsonValue()) ?? Number.NaN;
  } finally {
    await context.close();
  }
}
