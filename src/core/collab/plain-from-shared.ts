import * as Y from 'yjs';
import { fail, field, item } from '../model/schema/validate-primitives';
import { richFromDelta, type DeltaInsert } from './rich-from-delta';

/** Deeper than any issue nests (a rich-text mark inside a bullet inside a card is about ten). */
const MAX_DEPTH = 48;

/**
 * The plain value a shared type holds, built key by key: a document comes from other people, so a
 * `__proto__` key, a value whose prototype is not a plain object's or an array's (which a crafted
 * update can make), or a hostile nesting is refused rather than copied.
 */
export function plainFromShared(value: unknown, path = '', depth = 0): unknown {
  if (depth > MAX_DEPTH) fail(path, `nested deeper than ${MAX_DEPTH} levels`);
  const inner = (v: unknown, p: string) => plainFromShared(v, p, depth + 1);
  if (value instanceof Y.XmlText) return richFromDelta(value.toDelta() as DeltaInsert[], path);
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Array) return value.toArray().map((v, i) => inner(v, item(path, i)));
  if (value instanceof Y.Map) return plainRecord([...value.entries()], path, inner);
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) fail(path, 'not a plain list');
    return value.map((v, i) => inner(v, item(path, i)));
  }
  if (typeof value === 'object' && value !== null) {
    if (Object.getPrototypeOf(value) !== Object.prototype) fail(path, 'not a plain record');
    return plainRecord(Object.entries(value), path, inner);
  }
  return value;
}

function plainRecord(
  entries: [string, unknown][],
  path: string,
  inner: (value: unknown, path: string) => unknown,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (key === '__proto__') fail(field(path, key), 'a forbidden key');
    record[key] = inner(value, field(path, key));
  }
  return record;
}
