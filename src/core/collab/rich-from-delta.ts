import type { Inline, Mark, RichText } from '../model/types';
import { fail, item } from '../model/schema/validate-primitives';
import { MARKS_ATTRIBUTE } from './rich-units';

/** One insert of a Yjs text's delta: a run of characters with attributes, or an embed. */
export interface DeltaInsert {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

/**
 * The rich text a shared rich text holds (its delta). It comes from other people: an embed that
 * is neither a hard break nor raw markdown, or marks that are not a list, are refused; the marks
 * themselves are checked at the door (admitIssue), as every stored mark is.
 */
export function richFromDelta(delta: readonly DeltaInsert[], path: string): RichText {
  const rich: Inline[] = [];
  delta.forEach((op, index) => {
    const at = item(path, index);
    const { insert } = op;
    if (typeof insert === 'string') {
      rich.push(textInline(insert, op.attributes?.[MARKS_ATTRIBUTE], at));
    } else if (isRecord(insert) && insert.hardBreak === true) {
      rich.push({ kind: 'hardBreak' });
    } else if (isRecord(insert) && typeof insert.raw === 'string') {
      rich.push({ kind: 'raw', markdown: insert.raw });
    } else {
      fail(at, 'neither text, a hard break nor raw markdown');
    }
  });
  return rich;
}

function textInline(text: string, marks: unknown, path: string): Inline {
  if (marks === undefined || marks === null) return { kind: 'text', text };
  if (typeof marks !== 'string') fail(path, 'marks that are not written as text');
  let parsed: unknown;
  try {
    parsed = JSON.parse(marks);
  } catch {
    fail(path, 'marks that do not read as JSON');
  }
  if (!Array.isArray(parsed)) fail(path, 'marks that are not a list');
  return { kind: 'text', text, marks: parsed as Mark[] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
