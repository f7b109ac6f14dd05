import type * as Y from 'yjs';
import { MARKS_ATTRIBUTE, type RichUnit } from './rich-units';

/** Inserts units at `at`, each run of characters with its own marks and no others. */
export function insertRichUnits(text: Y.XmlText, at: number, units: readonly RichUnit[]): void {
  let position = at;
  let i = 0;
  while (i < units.length) {
    const unit = units[i] as RichUnit;
    if (unit.kind === 'embed') {
      text.insertEmbed(position, unit.embed, { [MARKS_ATTRIBUTE]: null });
      position += 1;
      i += 1;
      continue;
    }
    let run = '';
    while (i < units.length) {
      const next = units[i] as RichUnit;
      if (next.kind !== 'char' || next.marks !== unit.marks) break;
      run += next.char;
      i += 1;
    }
    text.insert(position, run, { [MARKS_ATTRIBUTE]: unit.marks ?? null });
    position += run.length;
  }
}
