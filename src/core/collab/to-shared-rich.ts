import * as Y from 'yjs';
import type { RichText } from '../model/types';
import { richUnits } from './rich-units';
import { insertRichUnits } from './insert-rich-units';

/** A new shared rich text holding `rich` (Yjs replays the inserts once it is in a document). */
export function toSharedRich(rich: RichText): Y.XmlText {
  const text = new Y.XmlText();
  insertRichUnits(text, 0, richUnits(rich));
  return text;
}
