import type { FrontMatterValue } from '../model/types';

/**
 * A date value: an object whose only key is `date`, holding the date as it is written. (A table
 * with the single string key `date` has the same shape; the model cannot tell them apart.)
 */
export function isFrontMatterDate(value: FrontMatterValue): value is { date: string } {
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'date' && typeof value.date === 'string';
}
