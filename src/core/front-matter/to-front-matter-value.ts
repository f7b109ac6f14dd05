import { TomlDate } from 'smol-toml';
import type { FrontMatterValue } from '../model/types';

/**
 * Converts a value parsed by smol-toml or yaml into the model's value type. Dates nested in arrays
 * or tables become their ISO text (top-level dates keep their exact text, see the readers); a YAML
 * null, which the model has no type for, becomes ''.
 */
export function toFrontMatterValue(value: unknown): FrontMatterValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof TomlDate || value instanceof Date) return { date: value.toISOString() };
  if (Array.isArray(value)) return value.map(toFrontMatterValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toFrontMatterValue(v)]));
  }
  return '';
}
