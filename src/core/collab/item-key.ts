/** What tells the items of a shared list apart: a block's or bullet's `id`, an entry's `key`. */
export function itemKey(item: unknown): string {
  if (typeof item !== 'object' || item === null) return '';
  const record = item as { id?: unknown; key?: unknown };
  if (typeof record.id === 'string') return record.id;
  return typeof record.key === 'string' ? record.key : '';
}
