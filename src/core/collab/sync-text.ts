import type * as Y from 'yjs';
import { planTextEdit } from './plan-text-edit';

/**
 * Turns `text` into `next` with one delete and one insert between their common prefix and suffix,
 * so a concurrent edit elsewhere in the same text survives the merge. With `before` (the text as
 * this client last read it), only the edit from `before` to `next` is made, where it falls in the
 * text as it is now: what others typed meanwhile stays.
 */
export function syncText(text: Y.Text, next: string, before?: string): void {
  const current = text.toString();
  if (current === next) return;
  const plan = planTextEdit([...(before ?? current)], [...next], [...current]);
  if (!plan) return;
  const chars = [...next];
  const currentChars = [...current];
  // Y.Text counts UTF-16 units; the plan counts characters, so a pair is never split.
  const units = (from: number, to: number) => currentChars.slice(from, to).join('').length;
  for (const [start, count] of plan.removals) {
    text.delete(units(0, start), units(start, start + count));
  }
  const inserted = chars.slice(plan.from, plan.to).join('');
  if (inserted) text.insert(units(0, plan.at), inserted);
}
