// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSameList } from './use-same-list';

interface State {
  items: readonly { id: string }[];
}

describe('useSameList', () => {
  it('gives back the list it gave while the items are the same, in the same order', () => {
    const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const { result } = renderHook(() => useSameList((s: State) => s.items.map((item) => item.id)));
    const select = result.current;
    const first = select({ items: [a, b, c] });
    expect(first).toEqual(['a', 'b', 'c']);
    expect(select({ items: [{ id: 'a' }, b, c] })).toBe(first);
    const moved = select({ items: [b, a, c] });
    expect(moved).toEqual(['b', 'a', 'c']);
    expect(moved).not.toBe(first);
    const shorter = select({ items: [b, a] });
    expect(shorter).toEqual(['b', 'a']);
    expect(select({ items: [b, a] })).toBe(shorter);
  });

  it('compares items by identity, not by content', () => {
    const { result } = renderHook(() => useSameList((s: State) => s.items));
    const select = result.current;
    const first = select({ items: [{ id: 'a' }] });
    const next = select({ items: [{ id: 'a' }] });
    expect(next).not.toBe(first);
    expect(select({ items: [next[0]!] })).toBe(next);
  });
});
