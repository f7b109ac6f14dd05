import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keptInOrder } from './kept-in-order';

/** The length of the longest increasing subsequence, by trying every subset (small inputs). */
function longestByBruteForce(values: number[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << values.length; mask++) {
    const picked = values.filter((_, i) => mask & (1 << i));
    if (picked.every((v, i) => i === 0 || (picked[i - 1] as number) < v)) {
      best = Math.max(best, picked.length);
    }
  }
  return best;
}

describe('keptInOrder', () => {
  it('keeps everything of a list already in order', () => {
    expect([...keptInOrder([0, 1, 2, 3])].sort()).toEqual([0, 1, 2, 3]);
  });

  it('moves only the one item that moved', () => {
    expect([...keptInOrder([1, 2, 0, 3, 4])].sort()).toEqual([0, 1, 3, 4]);
  });

  it('keeps an increasing run as long as any (property)', () => {
    const distinct = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 10 });
    fc.assert(
      fc.property(distinct, (values) => {
        const kept = [...keptInOrder(values)].sort((x, y) => x - y);
        const run = kept.map((i) => values[i] as number);
        expect(run.every((v, i) => i === 0 || (run[i - 1] as number) < v)).toBe(true);
        expect(run).toHaveLength(longestByBruteForce(values));
      }),
    );
  });
});
