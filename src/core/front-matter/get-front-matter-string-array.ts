import type { FrontMatter } from '../model/types';
import { getFrontMatterValue } from './get-front-matter-value';

/** The value for `key` when it is an array of strings (`categories`, `aliases`, `tags`). */
export function getFrontMatterStringArray(fm: FrontMatter, key: string): string[] | undefined {
  const value = getFrontMatterValue(fm, key);
  if (!Array.isArray(value)) return undefined;
  return value.every((v) => typeof v === 'string') ? (value as string[]) : undefined;
}
