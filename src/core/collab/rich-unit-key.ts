import type { RichUnit } from './rich-units';

/** What tells one unit from another: its character and marks, or its embed. */
export function richUnitKey(unit: RichUnit): string {
  if (unit.kind === 'embed') return `e${JSON.stringify(unit.embed)}`;
  return `c${unit.marks ?? ''}\u0000${unit.char}`;
}
