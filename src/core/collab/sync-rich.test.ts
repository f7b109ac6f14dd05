import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import type { Inline, RichText } from '../model/types';
import { InvalidRecordError } from '../model/schema/invalid-record-error';
import { syncRich } from './sync-rich';
import { toSharedRich } from './to-shared-rich';
import { richFromDelta, type DeltaInsert } from './rich-from-delta';

function sharedRich(initial: RichText): Y.XmlText {
  const doc = new Y.Doc();
  doc.getMap('m').set('t', toSharedRich(initial));
  return doc.getMap('m').get('t') as Y.XmlText;
}

const read = (text: Y.XmlText) => richFromDelta(text.toDelta() as DeltaInsert[], 'text');
const plain = (text: string): Inline => ({ kind: 'text', text });
const bold = (text: string): Inline => ({ kind: 'text', text, marks: [{ type: 'bold' }] });
const link = (text: string, href: string): Inline => ({
  kind: 'text',
  text,
  marks: [{ type: 'link', href }],
});

const inline = fc.oneof(
  fc.string({ minLength: 1 }).map(plain),
  fc.string({ minLength: 1 }).map(bold),
  fc.constant<Inline>({ kind: 'hardBreak' }),
  fc.string().map((markdown): Inline => ({ kind: 'raw', markdown })),
);
/** Rich text as the model holds it: no two text runs in a row with the same marks. */
const richText = fc.array(inline, { maxLength: 6 }).filter((rich) =>
  rich.every((item, i) => {
    const previous = rich[i - 1];
    if (item.kind !== 'text' || previous?.kind !== 'text') return true;
    return JSON.stringify(item.marks) !== JSON.stringify(previous.marks);
  }),
);

describe('syncRich', () => {
  it('ends with the rich text asked for (property)', () => {
    fc.assert(
      fc.property(richText, richText, (from, to) => {
        const text = sharedRich(from);
        expect(read(text)).toEqual(from);
        syncRich(text, to);
        expect(read(text)).toEqual(to);
      }),
    );
  });

  it('keeps both people’s words typed into one summary bullet at once', () => {
    const a = new Y.Doc();
    a.getMap('m').set(
      't',
      toSharedRich([plain('Adds '), link('Karpenter', 'https://k.io'), plain(' support')]),
    );
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const before = read(a.getMap('m').get('t') as Y.XmlText);
    syncRich(
      a.getMap('m').get('t') as Y.XmlText,
      [plain('Now adds '), link('Karpenter', 'https://k.io'), plain(' support')],
      before,
    );
    syncRich(
      b.getMap('m').get('t') as Y.XmlText,
      [plain('Adds '), link('Karpenter', 'https://k.io'), plain(' support'), bold(' today')],
      before,
    );
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const merged = [
      plain('Now adds '),
      link('Karpenter', 'https://k.io'),
      plain(' support'),
      bold(' today'),
    ];
    expect(read(a.getMap('m').get('t') as Y.XmlText)).toEqual(merged);
    expect(read(b.getMap('m').get('t') as Y.XmlText)).toEqual(merged);
  });

  it('writes an edit from a stale copy where it falls now, keeping the other’s words', () => {
    const text = sharedRich([plain('one two')]);
    const before = read(text);
    text.insert(0, 'zero ');
    syncRich(text, [plain('one and two')], before);
    expect(read(text)).toEqual([plain('zero one and two')]);
  });
});

describe('richFromDelta', () => {
  it('refuses an embed that is neither a hard break nor raw markdown', () => {
    expect(() => richFromDelta([{ insert: { image: 'x' } }], 'doc.content')).toThrow(
      InvalidRecordError,
    );
    expect(() => richFromDelta([{ insert: { image: 'x' } }], 'doc.content')).toThrow(
      /doc\.content\[0\]/,
    );
  });

  it('refuses marks that are not a list written as JSON', () => {
    expect(() =>
      richFromDelta([{ insert: 'a', attributes: { m: '{"type":"bold"}' } }], 'p'),
    ).toThrow(/not a list/);
    expect(() => richFromDelta([{ insert: 'a', attributes: { m: '[' } }], 'p')).toThrow(/JSON/);
    expect(() => richFromDelta([{ insert: 'a', attributes: { m: 7 } }], 'p')).toThrow(/as text/);
  });
});
