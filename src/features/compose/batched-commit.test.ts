import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchedCommit } from './batched-commit';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('batchedCommit', () => {
  it('commits once after changes pause', () => {
    const commit = vi.fn();
    const batch = batchedCommit(commit, { quietMs: 100, maxWaitMs: 1000 });
    for (let i = 0; i < 5; i++) {
      batch.schedule();
      vi.advanceTimersByTime(50);
    }
    expect(commit).not.toHaveBeenCalled();
    expect(batch.pending()).toBe(true);
    vi.advanceTimersByTime(100);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(batch.pending()).toBe(false);
  });

  it('commits at least every maxWaitMs while changes keep coming', () => {
    const commit = vi.fn();
    const batch = batchedCommit(commit, { quietMs: 100, maxWaitMs: 300 });
    for (let i = 0; i < 20; i++) {
      batch.schedule();
      vi.advanceTimersByTime(50);
    }
    expect(commit).toHaveBeenCalledTimes(3);
  });

  it('flushes at once, and only what waits', () => {
    const commit = vi.fn();
    const batch = batchedCommit(commit, { quietMs: 100, maxWaitMs: 300 });
    batch.flush();
    expect(commit).not.toHaveBeenCalled();
    batch.schedule();
    batch.flush();
    expect(commit).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(commit).toHaveBeenCalledTimes(1);
  });
});
