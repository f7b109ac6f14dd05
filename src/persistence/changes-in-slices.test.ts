import { describe, expect, it } from 'vitest';
import type { Block } from '../core/model/types';
import { buildTestIssue } from '../../test/support/test-issue';
import { changesInSlices } from './changes-in-slices';
import { splitIssue } from './issue-parts';
import { changesAgainst } from './part-cache';

function storedOf(parts: readonly { key: string; block: Block }[]): Map<string, Block> {
  return new Map(parts.map((part) => [part.key, structuredClone(part.block)]));
}

/** The issue with one card retitled and the last card of its last section dropped. */
function edited(cards: number) {
  const issue = buildTestIssue({ cards, sections: 3 });
  const stored = storedOf(splitIssue(issue).parts);
  const [first, ...rest] = issue.sections;
  const retitled = { ...first!.blocks[1]!, title: 'Retitled' } as Block;
  const last = rest[rest.length - 1]!;
  const sections = [
    { ...first!, blocks: first!.blocks.map((b, i) => (i === 1 ? retitled : b)) },
    ...rest.slice(0, -1),
    { ...last, blocks: last.blocks.slice(0, -1) },
  ];
  return { parts: splitIssue({ ...issue, sections }).parts, stored, retitled, dropped: last };
}

describe('changesInSlices', () => {
  it('finds what changesAgainst finds: the changed part, and the key no longer used', async () => {
    const { parts, stored, retitled, dropped } = edited(120);
    const changes = await changesInSlices(stored, parts, { yieldNow: async () => {} });
    expect(changes).toEqual(changesAgainst(stored, parts));
    expect(changes.write.map((part) => part.block)).toEqual([retitled]);
    expect(changes.remove).toEqual([dropped.blocks[dropped.blocks.length - 1]!.id]);
  });

  it('gives the page a turn each time a slice has run its time, and only then', async () => {
    const { parts, stored } = edited(120);
    let clock = 0;
    let turns = 0;
    const yieldNow = async () => void turns++;
    // Every look at the clock finds a slice's time gone by: a turn every 25 parts.
    await changesInSlices(stored, parts, { sliceMs: 8, now: () => (clock += 8), yieldNow });
    expect(turns).toBe(Math.ceil(parts.length / 25) - 1);
    turns = 0;
    await changesInSlices(stored, parts, { sliceMs: 8, now: () => 0, yieldNow });
    expect(turns).toBe(0);
  });
});
