// Times the write an autosave makes: one guarded put of a whole issue after a one-character
// edit in one card. The benchmark runs it in Chromium against the Dexie repository (the budget is for real
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

/**
 * The issue with one more character typed into its first card's title (its preamble when it has no
 * card), as a stand-in for the edit an autosave follows: one card changed, the rest as it was.
 */
function edited(issue: Issue, run: number): Issue {
  const typed = `${run % 10}`;
  const at = issue.sections.findIndex((s) => s.blocks.some((b) => b.kind === 'card'));
  const updatedAt = issue.updatedAt + run + 1;
  if (at < 0) return { ...issue, preamble: `${issue.preamble}${typed}`, updatedAt };
  const sections = issue.sections.map((section, index) => {
    if (index !== at) return section;
    const card = section.blocks.findIndex((b) => b.kind === 'card');
    const blocks = section.blocks.map((block, i) =>
      i === card && block.kind === 'card'
        ? { ...block, title: `${block.title}${typed}`, headerSource: undefined }
        : block,
    );
    return { ...section, blocks };
  });
  return { ...issue, sections, updatedAt };
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
