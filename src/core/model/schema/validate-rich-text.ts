// Validators for inline content: marks, inline runs and rich text (see core/model/types.ts).

import {
  expectEach,
  expectObject,
  expectOneOf,
  expectOptionalString,
  expectString,
  fail,
  field,
} from './validate-primitives';

const SIMPLE_MARKS = ['bold', 'italic', 'code', 'strike'] as const;

export function checkMark(value: unknown, path: string): void {
  const mark = expectObject(value, path);
  const type = expectOneOf(mark.type, [...SIMPLE_MARKS, 'link'], field(path, 'type'));
  if (type === 'link') {
    expectString(mark.href, field(path, 'href'));
    expectOptionalString(mark.title, field(path, 'title'));
  }
}

export function checkInline(value: unknown, path: string): void {
  const inline = expectObject(value, path);
  const kind = expectOneOf(inline.kind, ['text', 'hardBreak', 'raw'], field(path, 'kind'));
  if (kind === 'text') {
    expectString(inline.text, field(path, 'text'));
    if (inline.marks !== undefined) expectEach(inline.marks, field(path, 'marks'), checkMark);
  } else if (kind === 'raw') {
    expectString(inline.markdown, field(path, 'markdown'));
  }
}

export function checkRichText(value: unknown, path: string): void {
  if (!Array.isArray(value)) fail(path, 'expected rich text (an array of inline runs)');
  expectEach(value, path, checkInline);
}
