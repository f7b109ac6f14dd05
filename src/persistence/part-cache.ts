// What this repository last wrote of each issue, part by part: with it a put writes only the
// parts whose content changed. It is trusted only while the stored row still carries the
// revision and the one-off stamp it was written with; otherwise (a new session, another tab's
// write, a batch, a delete and re-create) a put compares with the stored rows instead.
// Parts are compared by content against private copies, never by object identity, so a caller
// that changes an object in place and puts it again is still written correctly. Comparing
// structurally (sameData) rather than as JSON text spares every save of a 500-card issue half a
// megabyte of strings, which the garbage collector then had to reclaim while the user typed.

import type { Block } from '../core/model/types';
import { changesInSlices, type SliceOptions } from './changes-in-slices';
import type { IssuePart } from './issue-parts';
import { sameData } from './same-data';

interface Known {
  rev: number;
  stamp: string;
  /** Copies of the stored blocks by key, never handed out. */
  blocks: Map<string, Block>;
}

export interface PartChanges {
  /** Parts new or changed since the known revision. */
  write: IssuePart[];
  /** Keys stored at the known revision that the issue no longer has. */
  remove: string[];
}

/** The parts that differ from `stored` (blocks by key), and the stored keys no longer used. */
export function changesAgainst(
  stored: ReadonlyMap<string, Block>,
  parts: readonly IssuePart[],
): PartChanges {
  const write = parts.filter((part) => {
    const block = stored.get(part.key);
    return block === undefined || !sameData(part.block, block);
  });
  const keys = new Set(parts.map((part) => part.key));
  const remove = [...stored.keys()].filter((key) => !keys.has(key));
  return { write, remove };
}

/** What a put will write, made against what the cache knew was stored at `rev` with `stamp`. */
export interface PartPlan {
  rev: number;
  stamp: string;
  changes: PartChanges;
  /** The cache's copies the changes were found against (never changed: a write replaces them). */
  basis: ReadonlyMap<string, Block>;
}

/** Whether `plan` was made against what is stored now: the row's revision and stamp. */
export function planHolds(
  plan: PartPlan | undefined,
  storedRev: number,
  storedStamp: string | undefined,
): plan is PartPlan {
  return plan !== undefined && plan.rev === storedRev && plan.stamp === storedStamp;
}

export class PartCache {
  private readonly known = new Map<string, Known>();

  /** @param limit how many issues to remember (the open editors' issues; others are rare). */
  constructor(private readonly limit = 8) {}

  /**
   * The changes against what this cache last wrote of the issue, compared a slice at a time
   * (changes-in-slices.ts), with the revision and stamp that was written with; undefined when it
   * wrote none. A put may use them only while the stored row still carries both (holds); else
   * the stored rows must be read to compare.
   */
  async plan(
    issueId: string,
    parts: readonly IssuePart[],
    options?: SliceOptions,
  ): Promise<PartPlan | undefined> {
    const known = this.known.get(issueId);
    if (known === undefined) return undefined;
    const changes = await changesInSlices(known.blocks, parts, options);
    return { rev: known.rev, stamp: known.stamp, changes, basis: known.blocks };
  }

  /**
   * Records what is stored at `rev` with `stamp` (call only once the write has committed): the
   * written parts are copied; the others equal their block in `basis`, an object nobody else
   * holds (this cache's copy, or a row just read from the database).
   */
  remember(
    issueId: string,
    rev: number,
    stamp: string,
    parts: readonly IssuePart[],
    written: readonly IssuePart[],
    basis: ReadonlyMap<string, Block>,
  ): void {
    const fresh = new Set(written);
    const blocks = new Map<string, Block>();
    for (const part of parts) {
      const kept = fresh.has(part) ? undefined : basis.get(part.key);
      blocks.set(part.key, kept ?? structuredClone(part.block));
    }
    this.known.delete(issueId);
    this.known.set(issueId, { rev, stamp, blocks });
    if (this.known.size > this.limit) this.known.delete(this.known.keys().next().value!);
  }

  forget(issueId: string): void {
    this.known.delete(issueId);
  }
}
