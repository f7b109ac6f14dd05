import type * as Y from 'yjs';

/**
 * Turns `text` into `next` with one delete and one insert between their common prefix and suffix,
 * so a concurrent edit elsewhere in the same text survives the merge.
 */
export function syncText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current[start] === next[start]) start++;
  let end = 0;
  while (
    end < shorter - start &&
    current[current.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end++;
  }
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}
