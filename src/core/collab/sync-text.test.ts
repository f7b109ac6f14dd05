import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { syncText } from './sync-text';

function textOf(initial: string): Y.Text {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  return text;
}

describe('syncText', () => {
  it('ends with the text asked for (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (from, to) => {
        const text = textOf(from);
        syncText(text, to);
        expect(text.toString()).toBe(to);
      }),
    );
  });

  it('changes only the run that differs, so an edit elsewhere merges', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'Amazon EKS adds support');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    syncText(a.getText('t'), 'Amazon EKS now adds support');
    syncText(b.getText('t'), 'Amazon EKS adds support for 1.27');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(a.getText('t').toString()).toBe('Amazon EKS now adds support for 1.27');
  });
});

/** Text without the `|` that marks where this client typed, so that place is unambiguous. */
const unmarked = fc.string().filter((s) => !s.includes('|'));

describe('syncText from the text as last read', () => {
  it('keeps what another typed since, before and after the edit (property)', () => {
    fc.assert(
      fc.property(unmarked, unmarked, unmarked, unmarked, (head, tail, mine, theirs) => {
        const base = `${head}|${tail}`;
        const text = textOf(`${theirs}${base}`);
        syncText(text, `${head}|${mine}${tail}`, base);
        expect(text.toString()).toBe(`${theirs}${head}|${mine}${tail}`);
      }),
    );
  });

  // Where the text cannot tell whose characters are whose ("||": which one was there before?),
  // any place will do, but nothing of the other's may be lost and nothing doubled. (When the text
  // already reads as asked, the two typed the same and it is left as it is: not tested here.)
  it('inserts only what this client typed, when the place is ambiguous (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        (head, tail, mine, theirs) => {
          const base = `${head}|${tail}`;
          const current = `${theirs}${base}`;
          const text = textOf(current);
          syncText(text, `${head}|${mine}${tail}`, base);
          const result = text.toString();
          const places = Array.from({ length: current.length + 1 }, (_, i) => i);
          expect(places.some((i) => result === current.slice(0, i) + mine + current.slice(i))).toBe(
            true,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('does not undo a word typed in the same text by someone else', () => {
    const text = textOf('Amazon EKS adds support');
    const before = text.toString();
    text.insert(text.length, ' for 1.27');
    syncText(text, 'Amazon EKS now adds support', before);
    expect(text.toString()).toBe('Amazon EKS now adds support for 1.27');
  });

  it('keeps both insertions made at one place, its own first', () => {
    const text = textOf('ab');
    text.insert(1, 'XY');
    syncText(text, 'aZb', 'ab');
    expect(text.toString()).toBe('aZXYb');
  });
});

describe('syncText when both replaced the same words', () => {
  it('keeps the words both typed, the other’s and its own', () => {
    const text = textOf('the old words here');
    const before = text.toString();
    text.delete(4, 9);
    text.insert(4, 'their words');
    syncText(text, 'the my words here', before);
    expect(text.toString()).toMatch(/their words/);
    expect(text.toString()).toMatch(/my/);
    expect(text.toString()).not.toMatch(/old/);
  });
});
