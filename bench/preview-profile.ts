import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { Browser, CDPSession } from 'playwright-core';
import { launchBrowser } from '../test/e2e/chromium';
import { shareDictionariesFromDisk } from '../src/cli/read-share-dictionaries';
import { encodeShareLink } from '../src/core/share/share-link';
import { buildPreviewFloor } from './build-preview-floor';
import { median } from './stats';
import { summariseTrace, type LoadProfile, type TraceEvent } from './preview-trace';

/**
 * `npx tsx bench/preview-profile.ts [runs] [plain]`: where the reviewer page's main thread spends
 * its time from navigation to issue 056's title on screen, beside the floor's (preview-bench.ts),
 * from a Chromium trace of each load on a fresh context (preview-trace.ts reads it): the main
 * thread's busy time and CPU time, that time by trace event, and the profiler's samples by file
 * and by function. Medians over `runs` loads (default 3) of each page, loaded in turn. `plain`
 * builds unminified, for the functions' names. With PROFILE_BASE set to another checkout of the
 * app, that one is profiled in turn too, to compare a change under the same load of the machine.
 * A tool for finding what to cut; `npm run bench` stays the measure of record.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

const CATEGORIES: string[] = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
];

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const minify = process.argv[3] !== 'plain';
  const baseRoot = process.env.PROFILE_BASE;
  const workDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-preview-profile-'));
  try {
    const dir = (name: string) => path.join(workDir, name);
    await build({
      root,
      logLevel: 'silent',
      build: { outDir: dir('app'), emptyOutDir: true, minify },
    });
    if (baseRoot) {
      const outDir = dir('base');
      await build({
        root: baseRoot,
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true, minify },
      });
    }
    const fragment = await buildFloor(dir('floor'), minify);
    const pages = [
      ...(baseRoot ? [{ name: 'base', server: await serve(baseRoot, dir('base')) }] : []),
      { name: 'app', server: await serve(root, dir('app')) },
      {
        name: 'floor',
        server: await serve(path.join(root, 'bench/preview-floor'), dir('floor'), false),
      },
    ];
    try {
      await profilePages(pages, fragment, runs);
    } finally {
      for (const page of pages) await page.server.close();
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Builds the floor with 056's rendered HTML beside it; 056's share link. */
async function buildFloor(outDir: string, minify: boolean): Promise<string> {
  const markdown = await buildPreviewFloor(root, outDir, { minify });
  return encodeShareLink(markdown, shareDictionariesFromDisk());
}

/** Loads each page in turn, `runs` times, and prints the medians of each. */
async function profilePages(
  pages: readonly { name: string; server: { url: string } }[],
  fragment: string,
  runs: number,
): Promise<void> {
  const browser = await launchBrowser();
  try {
    const loads = new Map(pages.map((page) => [page.name, [] as LoadProfile[]]));
    for (let run = 0; run < runs; run++) {
      for (const { name, server } of pages) {
        const url = new URL(`/preview#${fragment}`, server.url).href;
        loads.get(name)?.push(await profileLoad(browser, url));
      }
    }
    for (const [name, list] of loads) report(name, list);
  } finally {
    await browser.close();
  }
}

async function serve(serverRoot: string, dir: string, configFile?: false) {
  const server = await preview({
    root: serverRoot,
    configFile,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server has no address');
  return { url, close: () => server.close() };
}

/** One traced load on a fresh context, up to the frame after the title appeared. */
async function profileLoad(browser: Browser, url: string): Promise<LoadProfile> {
  const context = await browser.newContext();
  const cdp = await browser.newBrowserCDPSession();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('h1')?.textContent !== 'EKS News 056') return;
        observer.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            performance.mark('bench-shown');
            (window as unknown as { benchShown: boolean }).benchShown = true;
          }),
        );
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const trace = await startTrace(cdp);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { benchShown?: boolean }).benchShown);
    await cdp.send('Tracing.end');
    return summariseTrace(await trace.ended);
  } finally {
    await cdp.detach().catch(() => undefined);
    await context.close();
  }
}

/** Starts tracing the browser; the events, once tracing has ended. */
async function startTrace(cdp: CDPSession): Promise<{ ended: Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  const done = new Promise<TraceEvent[]>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve(events)),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return { ended: done };
}

function report(name: string, loads: LoadProfile[]): void {
  const med = (pick: (l: LoadProfile) => number) => Math.round(median(loads.map(pick)) * 10) / 10;
  console.log(
    `\n== ${name}: main-thread busy ${med((l) => l.busyMs)} ms, CPU ${med((l) => l.cpuMs)} ms` +
      ` (each load's CPU: ${loads.map((l) => Math.round(l.cpuMs)).join(', ')})`,
  );
  for (const key of ['byEvent', 'byFile', 'byFunction', 'inclusive'] as const) {
    const names = new Set(loads.flatMap((l) => [...l[key].keys()]));
    const rows = [...names]
      .map((n) => [n, med((l) => l[key].get(n) ?? 0)] as const)
      .filter(([, ms]) => ms >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, key === 'byFile' ? 12 : 40);
    console.log(`-- ${key}`);
    for (const [n, ms] of rows) console.log(`${String(ms).padStart(8)}  ${n}`);
  }
}

await main();
