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

  it('runs a timed commit where defer says, taking the changes made while it waits', () => {
    const commit = vi.fn();
    const waiting: (() => void)[] = [];
    const defer = (task: () => void) => {
      waiting.push(task);
      return () => waiting.splice(waiting.indexOf(task), 1);
    };
    const batch = batchedCommit(commit, { quietMs: 100, maxWaitMs: 300, defer });
    batch.schedule();
    vi.advanceTimersByTime(100);
    expect(commit).not.toHaveBeenCalled();
    expect(waiting).toHaveLength(1);
    expect(batch.pending()).toBe(true);
    // A change while the commit waits goes in with it: no second commit is scheduled.
    batch.schedule();
    vi.advanceTimersByTime(1000);
    expect(waiting).toHaveLength(1);
    waiting[0]!();
    expect(commit).toHaveBeenCalledTimes(1);
    expect(batch.pending()).toBe(false);
  });

  it('flushes at once while a deferred commit waits, and cancels it', () => {
    const commit = vi.fn();
    const cancel = vi.fn();
    const batch = batchedCommit(commit, { quietMs: 100, maxWaitMs: 300, defer: () => cancel });
    batch.schedule();
    vi.advanceTimersByTime(100);
    batch.flush();
    expect(commit).toHaveBeenCalledTimes(1);
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(batch.pending()).toBe(false);
  });
});
