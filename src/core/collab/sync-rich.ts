import type * as Y from 'yjs';
import type { RichText } from '../model/types';
import { planTextEdit } from './plan-text-edit';
import { richFromDelta, type DeltaInsert } from './rich-from-delta';
import { richUnits, type RichUnit } from './rich-units';
import { richUnitKey } from './rich-unit-key';
import { insertRichUnits } from './insert-rich-units';

/**
 * Turns a shared rich text into `next` by one removal and one insertion of units, planned as
 * syncText plans: with `before` (the rich text as this client last read it) only the edit from
 * `before` to `next` is made, where it falls now, so what others typed meanwhile stays.
 */
export function syncRich(text: Y.XmlText, next: RichText, before?: RichText): void {
  const current = richUnits(richFromDelta(text.toDelta() as DeltaInsert[], ''));
  const wanted = richUnits(next);
  const keys = (units: RichUnit[]) => units.map(richUnitKey);
  const currentKeys = keys(current);
  const plan = planTextEdit(
    before === undefined ? currentKeys : keys(richUnits(before)),
    keys(wanted),
    currentKeys,
  );
  if (!plan) return;
  // Y.Text counts a character as its UTF-16 length and an embed as one.
  const size = (from: number, to: number) =>
    current
      .slice(from, to)
      .reduce((n, unit) => n + (unit.kind === 'char' ? unit.char.length : 1), 0);
  for (const [start, count] of plan.removals)
    text.delete(size(0, start), size(start, start + count));
  insertRichUnits(text, size(0, plan.at), wanted.slice(plan.from, plan.to));
}
