// The first look at parsed untrusted JSON, before any field is read: no `__proto__` keys (they
// turn into prototype changes as soon as someone copies the object with Object.assign or a
// spread into a plain target), no string longer than a cap, no nesting deeper than a cap, not
// too many values. Iterative, so a hostile nesting cannot overflow the stack here.

import { fail, field, item } from './validate-primitives';

export interface TreeLimits {
  maxStringLength: number;
  maxDepth: number;
  maxNodes: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__']);

function children(value: object, path: string): [unknown, string][] {
  if (Array.isArray(value)) return value.map((element, index) => [element, item(path, index)]);
  return Object.entries(value).map(([key, nested]) => {
    if (FORBIDDEN_KEYS.has(key)) fail(field(path, key), 'a forbidden key');
    if (key.length > 200) fail(path, 'holds a key longer than 200 characters');
    return [nested, field(path, key)];
  });
}

/** Throws an InvalidRecordError naming the first offending place. */
export function checkUntrustedTree(root: unknown, limits: TreeLimits): void {
  const pending: [unknown, string, number][] = [[root, '', 0]];
  let nodes = 0;
  while (pending.length > 0) {
    const [value, path, depth] = pending.pop()!;
    nodes += 1;
    if (nodes > limits.maxNodes) fail('', `holds more than ${limits.maxNodes} values`);
    if (typeof value === 'string' && value.length > limits.maxStringLength) {
      fail(
        path,
        `a text of ${value.length} characters, more than the ${limits.maxStringLength} allowed`,
      );
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth) fail(path, `nested deeper than ${limits.maxDepth} levels`);
    for (const [child, childPath] of children(value, path))
      pending.push([child, childPath, depth + 1]);
  }
}
