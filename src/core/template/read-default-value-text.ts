import type { FrontMatterValue } from '../model/types';

export type ReadDefault = { value: FrontMatterValue } | { problem: string };

/**
 * Reads a front matter default typed on the Template screen as a value of the kind `like` is (the
 * entry's current value, shown by defaultValueText): any text for text; a number; `true` or
 * `false`; JSON for a list or a table. Says what it expected instead. The template door still
 * checks what it gives.
 */
export function readDefaultValueText(text: string, like: FrontMatterValue): ReadDefault {
  if (typeof like === 'string') return { value: text };
  const trimmed = text.trim();
  if (typeof like === 'number') {
    const value = trimmed === '' ? Number.NaN : Number(trimmed);
    return Number.isNaN(value) ? { problem: 'expected a number, such as 3' } : { value };
  }
  if (typeof like === 'boolean') {
    if (trimmed === 'true' || trimmed === 'false') return { value: trimmed === 'true' };
    return { problem: 'expected true or false' };
  }
  const kind = Array.isArray(like) ? 'a list' : 'a table';
  const example = Array.isArray(like) ? '["Archive", "{year}"]' : '{"name": "value"}';
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { problem: `expected ${kind} written as JSON, such as ${example}` };
  }
  if (Array.isArray(value) !== Array.isArray(like) || typeof value !== 'object' || value === null) {
    return { problem: `expected ${kind} written as JSON, such as ${example}` };
  }
  return { value: value as FrontMatterValue };
}
