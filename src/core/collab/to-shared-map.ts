import * as Y from 'yjs';
import type { RichText } from '../model/types';
import type { SharedShape } from './shared-shape';
import { toSharedRich } from './to-shared-rich';

/** A new Y.Map holding `value`, its shared fields as the shape says; undefined fields are left out. */
export function toSharedMap(value: object, shape: SharedShape): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    map.set(key, toShared(field, shape[key]));
  }
  return map;
}

function toShared(value: unknown, field: SharedShape[string] | undefined): unknown {
  if (field === undefined) return value;
  if (field === 'text') return new Y.Text(String(value));
  if (field === 'rich') return toSharedRich(value as RichText);
  if ('map' in field) return toSharedMap(value as object, field.map);
  const list = new Y.Array<Y.Map<unknown>>();
  list.push((value as object[]).map((item) => toSharedMap(item, field.list)));
  return list;
}
