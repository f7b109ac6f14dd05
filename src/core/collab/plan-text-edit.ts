/**
 * Where to make, in `current`, the edit that turned `base` into `next`: the one run between their
 * common prefix and suffix, moved over what others changed in `current` since `base` was read
 * (their run, found the same way). Sequences are of comparable keys (a text's characters, a rich
 * text's units). What the edit removed is removed where it still is, and nothing the others
 * wrote is: a removal spanning their run is cut in two around it. The insertion goes where the
 * edit started, or after their run when it started inside it.
 */
export interface TextEditPlan {
  /** Runs of `current` to remove, `[start, count]`, last first (so each start stays right). */
  removals: [number, number][];
  /** Where to insert in `current`, at or before every removal. */
  at: number;
  /** The keys of `next` to insert at `at`: `next.slice(from, to)`. */
  from: number;
  to: number;
}

export function planTextEdit(
  base: readonly string[],
  next: readonly string[],
  current: readonly string[],
): TextEditPlan | undefined {
  const mine = changedRun(base, next);
  if (mine.prefix === base.length && base.length === next.length) return undefined;
  const theirs = changedRun(base, current);
  const growth = current.length - base.length;
  const theirStart = theirs.prefix;
  const theirEnd = base.length - theirs.suffix;
  const start = mine.prefix;
  const end = base.length - mine.suffix;
  let at: number;
  if (start <= theirStart) at = start;
  else if (start >= theirEnd) at = start + growth;
  else at = theirEnd + growth;
  const removals: [number, number][] = [];
  const after = Math.max(start, theirEnd);
  if (end > after) removals.push([after + growth, end - after]);
  const before = Math.min(end, theirStart);
  if (before > start) removals.push([start, before - start]);
  return { removals, at, from: mine.prefix, to: next.length - mine.suffix };
}

function changedRun(a: readonly string[], b: readonly string[]) {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix++;
  }
  return { prefix, suffix };
}
