import { describe, expect, it } from 'vitest';
import { combineRuns } from './combine-runs';

describe('combineRuns', () => {
  it('reports the middle of the runs, and each run beside it', () => {
    const combined = combineRuns([
      { a: 10, b: 1.2, c: 7 },
      { a: 30, b: 1.1 },
      { a: 20, b: 1.6 },
    ]);
    expect(combined.value).toEqual({ a: 20, b: 1.2, c: 7 });
    expect(combined.runs).toEqual({ a: [10, 30, 20], b: [1.2, 1.1, 1.6], c: [7] });
  });

  it('takes the mean of the two middle runs for an even count', () => {
    expect(combineRuns([{ a: 1.1 }, { a: 1.4 }]).value).toEqual({ a: 1.25 });
  });
});
