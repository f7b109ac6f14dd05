// Validators for the front matter: fences, ordered entries and their (nested) values.

import {
  expectEach,
  expectObject,
  expectOneOf,
  expectOptionalString,
  expectString,
  fail,
  field,
  item,
} from './validate-primitives';

/** Nesting allowed inside one front matter value; real files use two levels at most. */
const MAX_VALUE_DEPTH = 16;

function isDateValue(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'date';
}

export function checkFrontMatterValue(value: unknown, path: string, depth = 0): void {
  if (depth > MAX_VALUE_DEPTH) fail(path, `nested deeper than ${MAX_VALUE_DEPTH} levels`);
  if (typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(path, 'expected a finite number');
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((element, index) => checkFrontMatterValue(element, item(path, index), depth + 1));
    return;
  }
  const table = expectObject(value, path);
  if (isDateValue(table)) {
    expectString(table.date, field(path, 'date'));
    return;
  }
  for (const [key, nested] of Object.entries(table)) {
    checkFrontMatterValue(nested, field(path, key), depth + 1);
  }
}

function checkEntry(value: unknown, path: string): void {
  const entry = expectObject(value, path);
  expectString(entry.key, field(path, 'key'));
  if (!('value' in entry)) fail(field(path, 'value'), 'missing');
  checkFrontMatterValue(entry.value, field(path, 'value'));
  expectOptionalString(entry.source, field(path, 'source'));
}

export function checkFrontMatter(value: unknown, path: string): void {
  const frontMatter = expectObject(value, path);
  expectOneOf(frontMatter.format, ['toml', 'yaml', 'json', 'none'], field(path, 'format'));
  expectString(frontMatter.open, field(path, 'open'));
  expectEach(frontMatter.entries, field(path, 'entries'), checkEntry);
  expectString(frontMatter.close, field(path, 'close'));
  expectOptionalString(frontMatter.unreadable, field(path, 'unreadable'));
}
