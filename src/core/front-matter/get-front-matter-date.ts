import type { FrontMatter } from '../model/types';
import { getFrontMatterValue } from './get-front-matter-value';
import { isFrontMatterDate } from './is-front-matter-date';

/** The date for `key` as written (`2023-06-09T07:00:00Z`), whether unquoted or a string. */
export function getFrontMatterDate(fm: FrontMatter, key: string): string | undefined {
  const value = getFrontMatterValue(fm, key);
  if (value !== undefined && isFrontMatterDate(value)) return value.date;
  return typeof value === 'string' ? value : undefined;
}
