import { describe, expect, it } from 'vitest';
import { listWindow, scrollToShow } from './list-window';

describe('listWindow', () => {
  it('renders the visible rows of ten thousand plus a few on each side', () => {
    expect(listWindow(0, 400, 100, 10_000, 2)).toEqual({ first: 0, end: 6 });
    expect(listWindow(50_000, 400, 100, 10_000, 2)).toEqual({ first: 498, end: 506 });
    expect(listWindow(999_600, 400, 100, 10_000, 2)).toEqual({ first: 9_994, end: 10_000 });
  });

  it('renders nothing for an empty list and stays in range past the end', () => {
    expect(listWindow(0, 400, 100, 0)).toEqual({ first: 0, end: 0 });
    expect(listWindow(5_000, 400, 100, 3, 1)).toEqual({ first: 49, end: 49 });
  });
});

describe('scrollToShow', () => {
  it('scrolls up or down just enough, and not at all for a visible row', () => {
    expect(scrollToShow(2, 500, 400, 100)).toBe(200);
    expect(scrollToShow(9, 500, 400, 100)).toBe(600);
    expect(scrollToShow(6, 500, 400, 100)).toBe(500);
  });
});
