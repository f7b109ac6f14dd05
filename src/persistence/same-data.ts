// Structural equality for plain stored data (what IndexedDB and JSON hold). A key whose value is
// undefined counts as absent, since a JSON round trip drops it: an issue read back from a backup
// equals the stored one it was made from. It allocates nothing, so autosave can compare a
// 500-card issue with what it last wrote on every save without feeding the garbage collector.

function definedKeyCount(record: Record<string, unknown>): number {
  let count = 0;
  for (const key in record) if (Object.hasOwn(record, key) && record[key] !== undefined) count++;
  return count;
}

export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameData(a[index], b[index])) return false;
    return true;
  }
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  let count = 0;
  for (const key in recordA) {
    if (!Object.hasOwn(recordA, key)) continue;
    const value = recordA[key];
    if (value === undefined) continue;
    count++;
    if (!Object.hasOwn(recordB, key) || !sameData(value, recordB[key])) return false;
  }
  return count === definedKeyCount(recordB);
}
