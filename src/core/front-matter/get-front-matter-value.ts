import type { FrontMatter, FrontMatterValue } from '../model/types';

/** The value of the first entry with this key. */
export function getFrontMatterValue(fm: FrontMatter, key: string): FrontMatterValue | undefined {
  return fm.entries.find((e) => e.key === key)?.value;
}
