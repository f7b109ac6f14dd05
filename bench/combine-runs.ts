// The bench runs whole more than once (issue #16: "run twice with the spread"): each figure is
// reported as the middle of its runs with the lowest and highest beside it, so a reader sees how
// far one run on a shared machine can be trusted.

export interface Combined {
  /** Each figure's middle value: the median, the mean of the two middle runs for an even count. */
  value: Record<string, number>;
  /** Each figure's values, run by run (a figure a run failed to measure is missing there). */
  runs: Record<string, number[]>;
}

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[half] as number)
      : ((sorted[half - 1] as number) + (sorted[half] as number)) / 2;
  return Math.round(value * 1000) / 1000;
}

export function combineRuns(runs: readonly Record<string, number>[]): Combined {
  const byFigure: Record<string, number[]> = {};
  for (const run of runs)
    for (const [figure, value] of Object.entries(run)) (byFigure[figure] ??= []).push(value);
  const value = Object.fromEntries(
    Object.entries(byFigure).map(([figure, values]) => [figure, middle(values)]),
  );
  return { value, runs: byFigure };
}
