import type { Inline, Mark, RichText } from './types';

const markOrder: Record<Mark['type'], number> = { link: 0, bold: 1, italic: 2, strike: 3, code: 4 };

/** Marks in one canonical order, without duplicates, so equal formatting compares equal. */
export function sortMarks(marks: readonly Mark[]): Mark[] {
  const seen = new Set<string>();
  const out: Mark[] = [];
  for (const mark of [...marks].sort((a, b) => markOrder[a.type] - markOrder[b.type])) {
    const key = markKey(mark);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(mark);
    }
  }
  return out;
}

export function markKey(mark: Mark): string {
  return mark.type === 'link' ? `link:${mark.href}:${mark.title ?? ''}` : mark.type;
}

export function sameMarks(a: readonly Mark[] = [], b: readonly Mark[] = []): boolean {
  if (a.length !== b.length) return false;
  return a.every((mark, i) => markKey(mark) === markKey(b[i] as Mark));
}

/** Merges neighbouring text runs with the same marks and drops empty ones. */
export function normalizeRichText(content: readonly Inline[]): RichText {
  const out: Inline[] = [];
  for (const run of content) {
    if (run.kind !== 'text') {
      out.push(run);
      continue;
    }
    if (run.text === '') continue;
    const marks = sortMarks(run.marks ?? []);
    const last = out[out.length - 1];
    if (last?.kind === 'text' && sameMarks(last.marks, marks)) {
      out[out.length - 1] = withMarks(last.text + run.text, marks);
    } else {
      out.push(withMarks(run.text, marks));
    }
  }
  return out;
}

function withMarks(text: string, marks: Mark[]): Inline {
  return marks.length > 0 ? { kind: 'text', text, marks } : { kind: 'text', text };
}

export function richTextEquals(a: readonly Inline[], b: readonly Inline[]): boolean {
  const x = normalizeRichText(a);
  const y = normalizeRichText(b);
  if (x.length !== y.length) return false;
  return x.every((run, i) => inlineEquals(run, y[i] as Inline));
}

function inlineEquals(a: Inline, b: Inline): boolean {
  if (a.kind === 'text' && b.kind === 'text')
    return a.text === b.text && sameMarks(a.marks, b.marks);
  if (a.kind === 'raw' && b.kind === 'raw') return a.markdown === b.markdown;
  return a.kind === 'hardBreak' && b.kind === 'hardBreak';
}

/** The plain text of rich text, as a reader sees it. */
export function plainText(content: readonly Inline[]): string {
  return content
    .map((run) => (run.kind === 'text' ? run.text : run.kind === 'hardBreak' ? '\n' : run.markdown))
    .join('');
}

export function textOf(text: string): RichText {
  return text === '' ? [] : [{ kind: 'text', text }];
}
