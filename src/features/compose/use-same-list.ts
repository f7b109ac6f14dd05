import { useRef } from 'react';

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!Object.is(a[index], b[index])) return false;
  return true;
}

/**
 * The selector of a list, made to give back the list it gave last time while the items are the
 * same, in the same order: a component selecting it re-renders only when they change. Zustand's
 * useShallow does the same for any value, but compares arrays by building two Maps of their
 * entries; with 2,000 cards, every list of ids and every placeholder's blocks did that on each
 * keystroke.
 */
export function useSameList<S, L extends readonly unknown[]>(
  selector: (state: S) => L,
): (state: S) => L {
  const last = useRef<L>(undefined);
  return (state) => {
    const next = selector(state);
    if (last.current !== undefined && sameItems(last.current, next)) return last.current;
    last.current = next;
    return next;
  };
}
