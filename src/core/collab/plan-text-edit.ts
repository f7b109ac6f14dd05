/**
 * Where to make, in `current`, the edit that turned `base` into `next`: the one run between their
 * common prefix and suffix, moved over what others changed in `current` since `base` was read.
 * Sequences are of comparable keys (a text's characters, a rich text's units). Positions before
 * the others' changed run stay, positions after it shift by its growth, and a position inside it
 * goes to its end: the edit then neither undoes nor splits what the others typed.
 */
export interface TextEditPlan {
  /** Where the removal starts in `current`. */
  at: number;
  /** How many keys of `current` to remove there. */
  remove: number;
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
  const map = (position: number): number => {
    if (position <= theirs.prefix) return position;
    if (position >= base.length - theirs.suffix) return position + current.length - base.length;
    return current.length - theirs.suffix;
  };
  const at = map(mine.prefix);
  const end = Math.max(at, map(base.length - mine.suffix));
  return { at, remove: end - at, from: mine.prefix, to: next.length - mine.suffix };
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
