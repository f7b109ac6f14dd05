import type { FrontMatter } from '../model/types';
import { isTomlTableSource } from './split-toml-entry';

/**
 * Where a new key goes: in alphabetical position when the keys are in alphabetical order, else
 * after the last `key = value` entry. Always before TOML tables, since a key after a `[table]`
 * header would belong to that table.
 */
export function newEntryIndex(fm: FrontMatter, key: string): number {
  const tables = fm.entries.map((e) => fm.format === 'toml' && isTomlTableSource(e.source ?? ''));
  const firstTable = tables.indexOf(true);
  const plainCount = firstTable < 0 ? fm.entries.length : firstTable;
  const keys = fm.entries.slice(0, plainCount).map((e) => e.key);
  const sorted = keys.every((k, i) => i === 0 || (keys[i - 1] ?? '') <= k);
  if (!sorted) return plainCount;
  const after = keys.findIndex((k) => k > key);
  return after < 0 ? plainCount : after;
}
