import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusBench } from './corpus-bench';
import { templateBench } from './template-bench';
import { deepNestingBench } from './deep-nesting-bench';
import { bundleBench } from './bundle-bench';
import { shareBench } from './share-bench';
import { serveBuild } from './serve-build';
import { archiveBench } from './archive-bench';
import { archiveScaleBench } from './archive-scale-bench';
import { previewBench } from './preview-bench';
import { autosaveBench } from './autosave-bench';
import { editorBench } from './editor-bench';
import { floorBench } from './floor-bench';
import { workspaceBrowserBench } from './workspace-browser-bench';
import { workspaceServerBench } from './workspace-server-bench';
import { combineRuns } from './combine-runs';

/**
 * `npm run bench`: measures, prints a table and writes bench/results.json. A benchmark, not a
 * test: it never fails the build. It runs whole twice (BENCH_RUNS to change it): each figure is
 * the middle of the runs, printed with the lowest and highest. Budgets are printed beside the
 * figures they apply to, and results.json's `budgets` lists each with its value, its spread and
 * whether it holds.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

interface Row {
  figure: string;
  value: number;
  spread: number[];
  budget?: string;
  ok?: boolean;
}

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 2) || 2);

const budgets: Record<string, [string, (v: number) => boolean]> = {
  corpusRoundTripMs: ['<= 250 ms', (v) => v <= 250],
  corpusIdentical: ['79 of 79', (v) => v === 79],
  templateLearnFirstMs: ['< 1000 ms', (v) => v < 1000],
  templateLearnMs: ['< 1000 ms', (v) => v < 1000],
  templateImportMs: ['< 1000 ms', (v) => v < 1000],
  templateImportIdentical: ['79 of 79', (v) => v === 79],
  shareCharsPerByte071to078: ['<= 0.40', (v) => v <= 0.4],
  shareLongestLinkChars: ['<= 8000', (v) => v <= 8000],
  archiveImportMs: ['<= 3000 ms', (v) => v <= 3000],
  archive500ImportMs: ['< 10000 ms', (v) => v < 10_000],
  archive500ProgressShown: ['1 (a progress bar with values)', (v) => v === 1],
  libraryList500Ms: ['< 100 ms', (v) => v < 100],
  search500Ms: ['< 50 ms', (v) => v < 50],
  featuredCheck500Ms: ['< 5 ms', (v) => v < 5],
  heapWithArchiveToWithoutRatio: ['<= 1.5', (v) => v <= 1.5],
  autosaveMedianMs: ['<= 15 ms', (v) => v <= 15],
  typingP95At500ToBareRatio: ['<= 1.2', (v) => v <= 1.2],
  typingP95At2000ToBareRatio: ['<= 1.3', (v) => v <= 1.3],
  typingLongestTaskMs500: ['<= 100 ms', (v) => v <= 100],
  typingLongestTaskMs2000: ['<= 100 ms', (v) => v <= 100],
  domNodes500To25Ratio: ['<= 3', (v) => v <= 3],
  editable056ToBareRatio: ['<= 1.3', (v) => v <= 1.3],
  heap056ToEditors60Ratio: ['<= 2', (v) => v <= 2],
  workspacePropagationP95Ms: ['<= 100 ms', (v) => v <= 100],
  typingP95WorkspaceAt500ToBareRatio: ['<= 1.2', (v) => v <= 1.2],
  editable500To25Ratio: ['< 2', (v) => v < 2],
  editorRouteGzipBytes: ['<= 266240 (260 KB)', (v) => v <= 260 * 1024],
  previewShownToFloorRatio: ['<= 1.3', (v) => v <= 1.3],
  previewShownToFloorRatioAt100msLatency: ['<= 1.3', (v) => v <= 1.3],
};

type Step = [string, () => Promise<Record<string, number>> | Record<string, number>];

async function main(): Promise<void> {
  const runs: Record<string, number>[] = [];
  for (let run = 1; run <= RUNS; run++) {
    console.log(`bench run ${run} of ${RUNS}`);
    runs.push(await measureOnce());
  }
  const { value: results, runs: byFigure } = combineRuns(runs);
  const rows: Row[] = Object.entries(results).map(([figure, value]) => {
    const budget = budgets[figure];
    const spread = byFigure[figure] ?? [];
    return budget
      ? { figure, value, spread, budget: budget[0], ok: budget[1](value) }
      : { figure, value, spread };
  });
  printTable(rows);
  const file = new URL('./results.json', import.meta.url);
  const report = {
    measuredAt: new Date().toISOString(),
    runs: RUNS,
    budgets: budgetReport(results, byFigure),
    results,
    resultsByRun: byFigure,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

/** One whole run of every step, ratios included. */
async function measureOnce(): Promise<Record<string, number>> {
  const results: Record<string, number> = {};
  await runSteps(results, [
    ['corpus', corpusBench],
    ['template', templateBench],
    ['deep nesting', deepNestingBench],
    ['share', shareBench],
  ]);
  const server = await serveBuild(root);
  try {
    await runSteps(results, [
      ['bundle', () => bundleBench(root)],
      ['archive', () => archiveBench(server.url)],
      ['archive at scale', () => archiveScaleBench(server.url)],
      ['autosave', () => autosaveBench(server.url)],
      ['editor', () => editorBench(server.url)],
      ['056 against TipTap floors', () => floorBench(server.url)],
      ['workspace in two browsers', () => workspaceBrowserBench(server.url)],
      ['workspace server under load', () => workspaceServerBench()],
      ['preview', () => previewBench(root)],
    ]);
  } finally {
    await server.close();
  }
  addRatios(results);
  return results;
}

/**
 * Every budgeted figure with its value (the middle of the runs), each run's value, its budget and
 * whether it holds, by the middle and in every run, so a reader sees at once what falls short
 * and how firmly. A figure whose step failed has no value and does not hold.
 */
function budgetReport(results: Record<string, number>, byFigure: Record<string, number[]>) {
  return Object.fromEntries(
    Object.entries(budgets).map(([figure, [budget, holds]]) => {
      const value = results[figure];
      const runs = byFigure[figure] ?? [];
      return [
        figure,
        {
          value: value ?? null,
          runs,
          budget,
          holds: value !== undefined && holds(value),
          holdsInEveryRun: runs.length === RUNS && runs.every(holds),
        },
      ];
    }),
  );
}

/** Budgets stated as ratios of two figures measured in the same run. */
function addRatios(results: Record<string, number>): void {
  const ratio = (a: string, b: string) => {
    const x = results[a];
    const y = results[b];
    return x !== undefined && y ? Math.round((x / y) * 1000) / 1000 : undefined;
  };
  const ratios: [string, string, string][] = [
    ['typingP95At500ToBareRatio', 'typingP95Ms500', 'bareTypingP95Ms'],
    ['typingP95At2000ToBareRatio', 'typingP95Ms2000', 'bareTypingP95Ms'],
    ['editable500To25Ratio', 'editableMs500', 'editableMs25'],
    ['domNodes500To25Ratio', 'domNodes500', 'domNodes25'],
    [
      'typingP95WorkspaceAt500ToBareRatio',
      'typingP95MsWorkspace500',
      'bareTypingP95MsWorkspaceBench',
    ],
  ];
  for (const [name, a, b] of ratios) {
    const value = ratio(a, b);
    if (value !== undefined) results[name] = value;
  }
}

async function runSteps(results: Record<string, number>, steps: Step[]): Promise<void> {
  for (const [name, step] of steps) {
    try {
      Object.assign(results, await step());
    } catch (error) {
      console.error(
        `bench ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

function shown(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

function printTable(rows: Row[]): void {
  const width = Math.max(...rows.map((r) => r.figure.length));
  for (const row of rows) {
    const value = shown(row.value);
    const low = Math.min(...row.spread);
    const high = Math.max(...row.spread);
    const spread = row.spread.length > 1 ? `${shown(low)}..${shown(high)}` : '';
    const verdict = row.budget ? `  budget ${row.budget}: ${row.ok ? 'ok' : 'OVER'}` : '';
    console.log(
      `${row.figure.padEnd(width)}  ${value.padStart(12)} ${spread.padStart(20)}${verdict}`,
    );
  }
}

await main();
