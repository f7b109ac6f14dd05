import { keptInOrder } from './kept-in-order';

/** What a remote change did to some keyed lists (an issue's blocks by section, its entries). */
export interface ListsChange<T> {
  /** Keys that were in a list before and are in none after. */
  removed: Set<string>;
  /** Keys the change put where they are: new ones, and ones it moved (within or across lists). */
  placed: Set<string>;
  /** The changed version of each item whose content the change altered. */
  changed: Map<string, T>;
  /** The lists before and after the change, by container. */
  before: ReadonlyMap<string, readonly T[]>;
  after: ReadonlyMap<string, readonly T[]>;
  /** The containers whose lists the change touched (held or received a changed item). */
  touched: Set<string>;
  /** Whether the change touched nothing in these lists. */
  none: boolean;
}

/**
 * How `after` differs from `before`, list by list (a container is a section's id, or one name for
 * a single list). An item counts as moved when it is not among the longest run that kept its
 * order (keptInOrder), so moving one card does not count its neighbours as moved.
 */
export function listsChange<T>(
  before: ReadonlyMap<string, readonly T[]>,
  after: ReadonlyMap<string, readonly T[]>,
  keyOf: (item: T) => string,
  same: (a: T, b: T) => boolean,
): ListsChange<T> {
  const was = new Map<string, T>();
  for (const list of before.values()) for (const item of list) was.set(keyOf(item), item);
  const change = {
    removed: new Set<string>(),
    placed: new Set<string>(),
    changed: new Map<string, T>(),
    before,
    after,
  };
  const seen = new Set<string>();
  for (const [container, list] of after) {
    const at = new Map((before.get(container) ?? []).map((item, i) => [keyOf(item), i]));
    const stayed = list.filter((item) => at.has(keyOf(item)));
    const kept = keptInOrder(stayed.map((item) => at.get(keyOf(item)) as number));
    const keptKeys = new Set([...kept].map((i) => keyOf(stayed[i] as T)));
    for (const item of list) {
      const key = keyOf(item);
      seen.add(key);
      if (!keptKeys.has(key)) change.placed.add(key);
      const old = was.get(key);
      if (old !== undefined && old !== item && !same(old, item)) change.changed.set(key, item);
    }
  }
  for (const key of was.keys()) if (!seen.has(key)) change.removed.add(key);
  const none = change.removed.size === 0 && change.placed.size === 0 && change.changed.size === 0;
  return { ...change, none, touched: touchedContainers(change, keyOf) };
}

function touchedContainers<T>(
  change: Omit<ListsChange<T>, 'touched' | 'none'>,
  keyOf: (item: T) => string,
): Set<string> {
  const touched = new Set<string>();
  const touches = (key: string) =>
    change.removed.has(key) || change.placed.has(key) || change.changed.has(key);
  for (const lists of [change.before, change.after]) {
    for (const [container, list] of lists) {
      if (list.some((item) => touches(keyOf(item)))) touched.add(container);
    }
  }
  return touched;
}
