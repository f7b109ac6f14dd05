// Times the write an autosave makes: one guarded put of a whole issue after a one-character
// edit. The benchmark runs it in Chromium against the Dexie repository (the budget is for real
// IndexedDB); under Node with fake-indexeddb the figure only shows the cost of validation and
// cloning, not of a disk.

import type { Issue } from '../core/model/types';
import type { IssueRepository } from './issue-repository';

export interface WriteTiming {
  /** Milliseconds of each write, in the order made. */
  samples: number[];
  median: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The issue with one more character typed into its preamble, as a stand-in for an edit. */
function edited(issue: Issue, run: number): Issue {
  return {
    ...issue,
    preamble: `${issue.preamble}${run % 10}`,
    updatedAt: issue.updatedAt + run + 1,
  };
}

export async function measureAutosaveWrites(
  repo: IssueRepository,
  issue: Issue,
  runs = 20,
  clock: () => number = () => performance.now(),
): Promise<WriteTiming> {
  let rev = await repo.put(issue);
  let current = issue;
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    current = edited(current, run);
    const start = clock();
    rev = await repo.put(current, rev);
    samples.push(clock() - start);
  }
  return { samples, median: median(samples) };
}
