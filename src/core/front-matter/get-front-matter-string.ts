import type { FrontMatter } from '../model/types';
import { getFrontMatterValue } from './get-front-matter-value';

/** The value for `key` when it is a string (`title`, `slug`, `description`). */
export function getFrontMatterString(fm: FrontMatter, key: string): string | undefined {
  const value = getFrontMatterValue(fm, key);
  return typeof value === 'string' ? value : undefined;
}
