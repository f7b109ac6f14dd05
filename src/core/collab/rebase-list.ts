import type { ListsChange } from './lists-change';

/** How one list's items are made: an item the change altered, and one the change placed. */
export interface ListRebasing<T> {
  keyOf: (item: T) => string;
  /** The snapshot's item with what the change altered in it taken from `changed`. */
  take: (mine: T, changed: T) => T;
  /** The item to put where the change placed `theirs`; `mine` is the snapshot's, if it had one. */
  fresh: (theirs: T, mine: T | undefined) => T;
}

/**
 * One list of an undo snapshot with a remote change taken into it: what the change removed goes,
 * what it altered is taken, and what it added or moved is put after the item it follows in the
 * changed list (or first when none of those is in the snapshot). Everything else stays as the
 * snapshot has it. Returns `snapshot` itself when nothing in it changes.
 */
export function rebaseList<T>(
  snapshot: T[],
  container: string,
  change: ListsChange<T>,
  how: ListRebasing<T>,
): T[] {
  if (change.none) return snapshot;
  if (!change.touched.has(container)) {
    const same = change.before.get(container) === snapshot;
    if (same || !snapshot.some((item) => reached(change, how.keyOf(item)))) return snapshot;
  }
  const result: T[] = [];
  for (const item of snapshot) {
    const key = how.keyOf(item);
    if (change.removed.has(key) || change.placed.has(key)) continue;
    const changed = change.changed.get(key);
    result.push(changed === undefined ? item : how.take(item, changed));
  }
  const theirs = change.after.get(container) ?? [];
  const placedHere =
    change.placed.size > 0 && theirs.some((item) => change.placed.has(how.keyOf(item)));
  if (!placedHere && sameItems(result, snapshot)) return snapshot;
  const keys = result.map(how.keyOf);
  theirs.forEach((item, i) => {
    const key = how.keyOf(item);
    if (!change.placed.has(key)) return;
    const at = placeAfter(theirs, i, keys, how.keyOf);
    const mine = snapshot.find((old) => how.keyOf(old) === key);
    result.splice(at, 0, how.fresh(item, mine));
    keys.splice(at, 0, key);
  });
  return result;
}

/** Where the `i`th item of `theirs` goes in `keys`: after the nearest item before it there. */
function placeAfter<T>(
  theirs: readonly T[],
  i: number,
  keys: readonly string[],
  keyOf: (item: T) => string,
): number {
  for (let j = i - 1; j >= 0; j--) {
    const at = keys.indexOf(keyOf(theirs[j] as T));
    if (at >= 0) return at + 1;
  }
  return 0;
}

function reached<T>(change: ListsChange<T>, key: string): boolean {
  return change.removed.has(key) || change.placed.has(key) || change.changed.has(key);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
