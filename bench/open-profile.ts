import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { inFreshBrowser, sampleIssuePath } from './floor-bench';
import { watchEditable, watchFloorEditable } from './page-probes';
import { serveBuild } from './serve-build';
import { servePageBuild } from './serve-page-build';
import { median } from './stats';

/**
 * `npx tsx bench/open-profile.ts [loads]`: where issue 056's opening spends its time, in the
 * floor step's conditions (floor-bench.ts: a fresh browser process per load on a profile that
 * holds the sample), beside the bare TipTap page. Each load records, in ms from navigation, when
 * the entry script had arrived and when "Loading…", the drafts frame ("Opening the draft…"), the
 * issue's editor and the editable frame were first on the page, and when the app marked its own
 * steps (`broadsheet:` performance marks: storage open, the draft's rows read, storage ready);
 * then the medians over `loads` loads of each page (default 10), taken in turn. A single load's wall time moves by 50 ms and
 * more on a shared machine, most of it before the entry arrives, so compare `entry to editable`
 * over many loads. With PROFILE_BASE set to another checkout of the app, its build is loaded in
 * turn too, to compare a change under the same load of the machine. A tool for finding what to
 * cut; `npm run bench` stays the measure of record.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

interface Steps {
  entry: number;
  loading?: number;
  frame?: number;
  editor?: number;
  editable: number;
  /** The app's own performance marks (`broadsheet:...`), the first of each name. */
  marks?: Record<string, number>;
}

declare global {
  interface Window {
    /** When each watched step was first on the page (see watchSteps). */
    benchSteps?: Record<string, number>;
  }
}

/** Records when the app's loading steps first show (no named inner functions: see page-probes). */
function watchSteps(): void {
  const steps: Record<string, number> = {};
  window.benchSteps = steps;
  new MutationObserver(() => {
    const text = document.getElementById('root')?.textContent ?? '';
    const now = performance.now();
    if (text.includes('Loading…')) steps.loading ??= now;
    if (text.includes('Opening the draft…')) steps.frame ??= now;
    if (document.querySelector('[role="textbox"][aria-label="Summary"]') !== null) {
      steps.editor ??= now;
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function main(): Promise<void> {
  const loads = Number(process.argv[2] ?? 10);
  const workDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-open-profile-'));
  const roots = [
    ...(process.env.PROFILE_BASE ? [['base', process.env.PROFILE_BASE]] : []),
    ['app', root],
  ];
  const servers: { close: () => Promise<void> }[] = [];
  try {
    const pages: { name: string; url: string; app: boolean; profile: string }[] = [];
    for (const [name = '', checkout = ''] of roots) {
      const server = await serveBuild(checkout, path.join(workDir, `${name}-build`));
      servers.push(server);
      const profile = path.join(workDir, `${name}-profile`);
      const url = new URL(await sampleIssuePath(profile, server.url), server.url).href;
      pages.push({ name, url, app: true, profile });
    }
    const floors = await servePageBuild('editor-floors', path.join(workDir, 'floors'), {
      one: 'issue-056.html',
    });
    servers.push(floors);
    const bareProfile = pages[0]?.profile ?? path.join(workDir, 'profile');
    const bare = new URL('/issue-056.html', floors.url).href;
    pages.push({ name: 'bare', url: bare, app: false, profile: bareProfile });
    const results = new Map<string, Steps[]>(pages.map((page) => [page.name, []]));
    for (let load = 0; load < loads; load++) {
      for (const page of pages) {
        const steps = await inFreshBrowser(page.profile, (tab) =>
          openSteps(tab, page.url, page.app),
        );
        results.get(page.name)?.push(steps);
      }
    }
    for (const [name, list] of results) report(name, list);
  } finally {
    for (const server of servers) await server.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** One load: the steps' times, once the page took edits. */
async function openSteps(page: Page, url: string, app: boolean): Promise<Steps> {
  await page.addInitScript(app ? watchEditable : watchFloorEditable);
  if (app) await page.addInitScript(watchSteps);
  await page.goto(url);
  await page.waitForFunction(() => window.benchEditableAt !== undefined, undefined, {
    polling: 100,
  });
  return page.evaluate(() => {
    const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
    const entry = performance
      .getEntriesByType('resource')
      .find((r): r is PerformanceResourceTiming => r.name === script?.src);
    return {
      ...window.benchSteps,
      entry: entry?.responseEnd ?? Number.NaN,
      editable: window.benchEditableAt ?? Number.NaN,
      marks: Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('broadsheet:'))
          .reverse()
          .map((m) => [m.name.slice('broadsheet:'.length), m.startTime]),
      ),
    };
  });
}

/** The median of each of the app's marks over the loads, earliest first. */
function markMedians(list: readonly Steps[]): string {
  const names = [...new Set(list.flatMap((steps) => Object.keys(steps.marks ?? {})))];
  const medians = names.map((name) => {
    const times = list.flatMap((steps) => steps.marks?.[name] ?? []);
    return [name, Math.round(median(times))] as const;
  });
  return medians
    .sort((a, b) => a[1] - b[1])
    .map(([name, ms]) => `${name} ${ms}`)
    .join(', ');
}

function report(name: string, list: readonly Steps[]): void {
  const med = (pick: (steps: Steps) => number | undefined) => {
    const values = list.map(pick).filter((v): v is number => v !== undefined && !isNaN(v));
    return values.length === 0 ? '-' : String(Math.round(median(values)));
  };
  console.log(
    `${name.padEnd(5)} (${list.length} loads, medians in ms)` +
      `  entry ${med((s) => s.entry)}  loading ${med((s) => s.loading)}` +
      `  frame ${med((s) => s.frame)}  editor ${med((s) => s.editor)}` +
      `  editable ${med((s) => s.editable)}  entry to editable ${med((s) => s.editable - s.entry)}`,
  );
  const marks = markMedians(list);
  if (marks) console.log(`      the app's marks: ${marks}`);
}

await main();
