// The parts of an issue that differ from what the part cache holds, compared a slice at a time:
// at 2,000 cards comparing every block took 35-40 ms on a loaded machine, in the same task as the
// database work that followed, which made autosave a long task while the user typed. Here the
// page gets a turn (a key press, a frame) between slices, and the database work starts in a
// task of its own. The result is the one changesAgainst gives (part-cache.ts).

import type { Block } from '../core/model/types';
import type { IssuePart } from './issue-parts';
import type { PartChanges } from './part-cache';
import { pageTurn } from './page-turn';
import { sameData } from './same-data';

export interface SliceOptions {
  /** The longest a slice runs before the page gets a turn (default 8 ms). */
  sliceMs?: number;
  /** Gives the page a turn (default pageTurn: a new task while the page is shown). */
  yieldNow?: () => Promise<void>;
  /** The clock (default performance.now). */
  now?: () => number;
}

/** How many parts are compared between two looks at the clock. */
const STRIDE = 25;

/** The parts that differ from `stored` (blocks by key), and the stored keys no longer used. */
export async function changesInSlices(
  stored: ReadonlyMap<string, Block>,
  parts: readonly IssuePart[],
  options: SliceOptions = {},
): Promise<PartChanges> {
  const { sliceMs = 8, yieldNow = pageTurn, now = () => performance.now() } = options;
  const write: IssuePart[] = [];
  let sliceStart = now();
  for (let index = 0; index < parts.length; index++) {
    if (index % STRIDE === 0 && index > 0 && now() - sliceStart >= sliceMs) {
      await yieldNow();
      sliceStart = now();
    }
    const part = parts[index]!;
    const block = stored.get(part.key);
    if (block === undefined || !sameData(part.block, block)) write.push(part);
  }
  const keys = new Set(parts.map((part) => part.key));
  const remove = [...stored.keys()].filter((key) => !keys.has(key));
  return { write, remove };
}
