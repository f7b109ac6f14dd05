import * as Y from 'yjs';
import type { SharedField, SharedShape } from './shared-shape';
import { toSharedMap } from './to-shared-map';
import { toSharedRich } from './to-shared-rich';
import { syncText } from './sync-text';
import { syncRich } from './sync-rich';
import type { RichText } from '../model/types';
import { sameValue } from './same-value';
import { itemKey } from './item-key';
import { keptInOrder } from './kept-in-order';

type Fields = Readonly<Record<string, unknown>>;

/**
 * Writes into `map` what changed from `before` to `after`, and nothing else: a field equal in both
 * is not touched, so what others changed meanwhile stays. Lists are edited item by item (by id),
 * texts and rich texts by the run that changed from `before`, where it falls in the text now.
 */
export function applyMapEdit(
  map: Y.Map<unknown>,
  before: Fields | undefined,
  after: Fields,
  shape: SharedShape,
): void {
  for (const key of Object.keys(before ?? {})) {
    if (after[key] === undefined && map.has(key)) map.delete(key);
  }
  for (const [key, value] of Object.entries(after)) {
    const previous = before?.[key];
    if (value === undefined || previous === value) continue;
    applyField(map, key, previous, value, shape[key]);
  }
}

function applyField(
  map: Y.Map<unknown>,
  key: string,
  previous: unknown,
  value: unknown,
  field: SharedField | undefined,
): void {
  const current = map.get(key);
  if (field === undefined) {
    if (!sameValue(previous, value) || !map.has(key)) map.set(key, value);
  } else if (field === 'text') {
    if (current instanceof Y.Text && !(current instanceof Y.XmlText)) {
      syncText(current, String(value), previous === undefined ? undefined : String(previous));
    } else map.set(key, new Y.Text(String(value)));
  } else if (field === 'rich') {
    if (current instanceof Y.XmlText) syncRich(current, value as RichText, previous as RichText);
    else map.set(key, toSharedRich(value as RichText));
  } else if ('map' in field) {
    if (current instanceof Y.Map)
      applyMapEdit(current, previous as Fields, value as Fields, field.map);
    else map.set(key, toSharedMap(value as object, field.map));
  } else if (current instanceof Y.Array) {
    syncList(current, (previous as Fields[] | undefined) ?? [], value as Fields[], field.list);
  } else {
    const list = new Y.Array<Y.Map<unknown>>();
    list.push((value as Fields[]).map((item) => toSharedMap(item, field.list)));
    map.set(key, list);
  }
}

/**
 * Edits a shared list from `before` to `after`: removed items are deleted, the longest run of
 * items still in order stays (edited in place), moved and new items are inserted after the item
 * that precedes them in `after`. Items others added meanwhile are left where they are.
 */
function syncList(list: Y.Array<unknown>, before: Fields[], after: Fields[], shape: SharedShape) {
  if (editInPlace(list, before, after, shape)) return;
  const beforeAt = new Map(before.map((item, index) => [itemKey(item), index]));
  const common = after.filter((item) => beforeAt.has(itemKey(item)));
  const kept = keptInOrder(common.map((item) => beforeAt.get(itemKey(item)) as number));
  const staying = new Set(common.filter((_, i) => kept.has(i)).map(itemKey));
  const keys = new ListKeys(list);
  for (const item of before) {
    if (!staying.has(itemKey(item))) keys.delete(itemKey(item));
  }
  let cursor = 0;
  for (const item of after) {
    const key = itemKey(item);
    const at = staying.has(key) ? keys.indexOf(key) : -1;
    if (at >= 0) {
      const previous = before[beforeAt.get(key) as number];
      if (previous !== item) applyMapEdit(list.get(at) as Y.Map<unknown>, previous, item, shape);
      cursor = at + 1;
    } else if (!staying.has(key)) {
      cursor = Math.min(cursor, list.length);
      list.insert(cursor, [toSharedMap(item, shape)]);
      keys.inserted(cursor, key);
      cursor += 1;
    }
  }
}

/**
 * The common edit, made at the cost of the items it changed: the same items in the same order,
 * some of them edited, each still at its place in the shared list (nobody added, removed or moved
 * one before it meanwhile). False, having written nothing, when that is not so.
 */
function editInPlace(
  list: Y.Array<unknown>,
  before: Fields[],
  after: Fields[],
  shape: SharedShape,
): boolean {
  if (before.length !== after.length || list.length !== after.length) return false;
  const edits: [Y.Map<unknown>, Fields, Fields][] = [];
  for (const [index, item] of after.entries()) {
    const previous = before[index] as Fields;
    if (previous === item) continue;
    const key = itemKey(item);
    const shared = list.get(index);
    if (itemKey(previous) !== key || !(shared instanceof Y.Map) || sharedKey(shared) !== key)
      return false;
    edits.push([shared, previous, item]);
  }
  for (const [shared, previous, item] of edits) applyMapEdit(shared, previous, item, shape);
  return true;
}

function sharedKey(item: Y.Map<unknown>): string {
  return itemKey({ id: item.get('id'), key: item.get('key') });
}

/**
 * The keys of a shared list's items, read once and kept in step with its deletions and
 * insertions, so an edit of one item of a long list costs one pass over it, not one per item.
 */
class ListKeys {
  private readonly keys: (string | undefined)[];

  constructor(private readonly list: Y.Array<unknown>) {
    this.keys = list.toArray().map((item) => (item instanceof Y.Map ? sharedKey(item) : undefined));
  }

  /** Where the (first) item of `key` is, or -1. */
  indexOf(key: string): number {
    return this.keys.indexOf(key);
  }

  delete(key: string): void {
    const at = this.indexOf(key);
    if (at < 0) return;
    this.list.delete(at, 1);
    this.keys.splice(at, 1);
  }

  inserted(at: number, key: string): void {
    this.keys.splice(at, 0, key);
  }
}
