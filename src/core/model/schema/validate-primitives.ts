// The small checks the record validators are built from. Each throws an InvalidRecordError
// naming the path of the bad value, so a rejected backup or a damaged record says what is wrong.

import { InvalidRecordError } from './invalid-record-error';

export type Fields = Record<string, unknown>;

/** `path.key`, or `key` at the top. */
export function field(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** `path[index]`. */
export function item(path: string, index: number): string {
  return `${path}[${index}]`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value}`;
}

export function fail(path: string, problem: string): never {
  throw new InvalidRecordError(path, problem);
}

export function expectObject(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, `expected an object, found ${describe(value)}`);
  }
  return value as Fields;
}

export function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, `expected an array, found ${describe(value)}`);
  return value;
}

export function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, `expected a string, found ${describe(value)}`);
  return value;
}

export function expectOptionalString(value: unknown, path: string): void {
  if (value !== undefined) expectString(value, path);
}

export function expectBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, `expected true or false, found ${describe(value)}`);
  return value;
}

export function expectFiniteNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(path, `expected a finite number, found ${describe(value)}`);
  }
  return value;
}

export function expectInteger(value: unknown, path: string, min: number, max: number): number {
  const n = expectFiniteNumber(value, path);
  if (!Number.isInteger(n) || n < min || n > max) {
    fail(path, `expected a whole number from ${min} to ${max}, found ${n}`);
  }
  return n;
}

export function expectOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(path, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  }
  return value as T;
}

/** Checks each element of an array with `check`, passing it the element's path. */
export function expectEach(
  value: unknown,
  path: string,
  check: (element: unknown, elementPath: string) => void,
): void {
  expectArray(value, path).forEach((element, index) => check(element, item(path, index)));
}
