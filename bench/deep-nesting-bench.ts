import { deepIssue } from '../test/helpers/deep-nesting';
import { importIssue } from '../src/core/markdown/import-issue';
import { exportIssue } from '../src/core/markdown/export-issue';
import { renderIssue } from '../src/core/render/render-issue';
import { median } from './stats';

export const deepNestingLevels = [200, 600, 1000] as const;

/**
 * An issue whose intro holds a list nested 200, 600 and 1,000 levels deep (`* level 1`, then
 * each level two spaces further in: 1 MB at 1,000 levels): import, render and export in Node,
 * median of 5 after one warm-up. Depth must cost time in proportion to the text.
 */
export function deepNestingBench(): Record<string, number> {
  const results: Record<string, number> = {};
  for (const levels of deepNestingLevels) {
    const text = deepIssue('list', levels);
    const rounds = Array.from({ length: 6 }, () => timeStages(text)).slice(1);
    results[`deepNesting${levels}ImportMs`] = round(median(rounds.map((r) => r.importMs)));
    results[`deepNesting${levels}RenderMs`] = round(median(rounds.map((r) => r.renderMs)));
    results[`deepNesting${levels}ExportMs`] = round(median(rounds.map((r) => r.exportMs)));
  }
  return results;
}

function timeStages(text: string): { importMs: number; renderMs: number; exportMs: number } {
  const t0 = performance.now();
  const issue = importIssue(text);
  const t1 = performance.now();
  renderIssue(issue);
  const t2 = performance.now();
  exportIssue(issue);
  const t3 = performance.now();
  return { importMs: t1 - t0, renderMs: t2 - t1, exportMs: t3 - t2 };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

// `npx tsx bench/deep-nesting-bench.ts` prints this figure alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [figure, ms] of Object.entries(deepNestingBench())) console.log(figure, ms);
}
