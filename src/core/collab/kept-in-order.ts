/**
 * The indices of the longest run of `positions` that is already increasing: the items of a list
 * that can stay where they are when the others move (a longest increasing subsequence).
 */
export function keptInOrder(positions: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(positions.length).fill(-1);
  positions.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((positions[tails[mid] as number] as number) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1] as number;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] as number) kept.add(i);
  return kept;
}
