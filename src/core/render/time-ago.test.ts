import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago';

describe('timeAgo', () => {
  const now = Date.UTC(2026, 11, 3, 18, 0);
  it.each([
    [0, 'just now'],
    [59_000, 'just now'],
    [60_000, '1 min ago'],
    [59 * 60_000, '59 min ago'],
    [2 * 3_600_000 + 59 * 60_000, '2 h ago'],
    [3 * 86_400_000, '3 d ago'],
    [27 * 86_400_000, '27 d ago'],
    [28 * 86_400_000, 'November 5, 2026'],
    [-5_000, 'just now'],
  ])('says %i ms before as %s', (before, said) => {
    expect(timeAgo(now - before, now)).toBe(said);
  });
});
