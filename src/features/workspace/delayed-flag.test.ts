import { afterEach, describe, expect, it, vi } from 'vitest';
import { delayedFlag } from './delayed-flag';

afterEach(() => vi.useRealTimers());

describe('delayedFlag', () => {
  it('stays down, and silent, for a condition that holds only a moment', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const flag = delayedFlag(1000, onChange);
    for (let i = 0; i < 10; i++) {
      flag.set(true);
      vi.advanceTimersByTime(50);
      flag.set(false);
    }
    vi.advanceTimersByTime(2000);
    expect(flag.value()).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('goes up once the condition has held for the delay, and down at once after', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const flag = delayedFlag(1000, onChange);
    flag.set(true);
    vi.advanceTimersByTime(500);
    flag.set(true);
    vi.advanceTimersByTime(499);
    expect(flag.value()).toBe(false);
    vi.advanceTimersByTime(1);
    expect([flag.value(), onChange.mock.calls.length]).toEqual([true, 1]);
    flag.set(false);
    expect([flag.value(), onChange.mock.calls.length]).toEqual([false, 2]);
  });

  it('does not go up once stopped', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const flag = delayedFlag(1000, onChange);
    flag.set(true);
    flag.stop();
    vi.advanceTimersByTime(2000);
    expect(flag.value()).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
  });
});
