import { isFrontMatterDate } from '../front-matter/is-front-matter-date';
import type { FrontMatterValue } from '../model/types';

/**
 * A front matter default as the Template screen shows it for editing: text as it is, a number or
 * a flag as written (`3`, `false`), a list or a table as JSON (`["Archive", "{year}"]`).
 * Undefined for a date, which is always the new issue's own (readDefaultValueText's counterpart).
 */
export function defaultValueText(value: FrontMatterValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isFrontMatterDate(value)) return undefined;
  return JSON.stringify(value);
}
