import { itemKey } from './item-key';

/**
 * `next` with every part that reads the same as in `previous` taken from `previous` (list items
 * matched by id, or key, else by place): an issue read afresh from its document keeps the very
 * objects of what did not change, so views that compare by identity (a card, an open summary
 * editor) stay as they are when someone else edits another card.
 */
export function keepUnchanged<T>(previous: T, next: T): T {
  return share(previous, next) as T;
}

function share(previous: unknown, next: unknown): unknown {
  if (Object.is(previous, next)) return previous;
  if (typeof previous !== 'object' || typeof next !== 'object') return next;
  if (previous === null || next === null) return next;
  if (Array.isArray(previous) !== Array.isArray(next)) return next;
  return Array.isArray(next)
    ? shareList(previous as unknown[], next)
    : shareRecord(previous as Record<string, unknown>, next as Record<string, unknown>);
}

function shareList(previous: unknown[], next: unknown[]): unknown[] {
  const byKey = new Map<string, unknown>();
  for (const item of previous) {
    const key = itemKey(item);
    if (key !== '') byKey.set(key, item);
  }
  let same = previous.length === next.length;
  const shared = next.map((item, i) => {
    const key = itemKey(item);
    const match = key === '' ? previous[i] : byKey.get(key);
    const kept = match === undefined ? item : share(match, item);
    if (kept !== previous[i]) same = false;
    return kept;
  });
  return same ? previous : shared;
}

function shareRecord(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
): Record<string, unknown> {
  const defined = (record: Record<string, unknown>) =>
    Object.keys(record).filter((key) => record[key] !== undefined);
  const keys = defined(next);
  let same = keys.length === defined(previous).length;
  const shared: Record<string, unknown> = {};
  for (const key of keys) {
    shared[key] = share(previous[key], next[key]);
    if (shared[key] !== previous[key]) same = false;
  }
  return same ? previous : shared;
}
