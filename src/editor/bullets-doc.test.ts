import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { importIssue } from '../core/markdown/import-issue';
import { exportIssue } from '../core/markdown/export-issue';
import { setCardBullets } from '../core/model/ops/card-ops';
import { allCards } from '../core/model/ops/locate';
import type { Bullet } from '../core/model/types';
import { corpusFiles, readCorpus } from '../../test/helpers/corpus';
import { bulletsToDoc } from './bullets-to-doc';
import { docToBullets } from './doc-to-bullets';

function bullet(id: string, depth: Bullet['depth'], text: string): Bullet {
  return { id, depth, content: [{ kind: 'text', text }], after: '' };
}

function item(id: string | null, text: string, sub?: JSONContent[]): JSONContent {
  const content: JSONContent[] = [{ type: 'paragraph', content: [{ type: 'text', text }] }];
  if (sub) content.push({ type: 'bulletList', content: sub });
  return { type: 'listItem', attrs: { bulletId: id }, content };
}

function doc(items: JSONContent[]): JSONContent {
  return { type: 'doc', content: [{ type: 'bulletList', content: items }] };
}

describe('bullets <-> TipTap JSON over the archive', () => {
  it('gives back every card of every issue unchanged, so the export is byte for byte', () => {
    let cards = 0;
    for (const name of corpusFiles()) {
      const text = readCorpus(name);
      const issue = importIssue(text);
      let next = issue;
      for (const { card } of allCards(issue)) {
        const inputs = docToBullets(bulletsToDoc(card.bullets));
        expect(inputs.map((b) => [b.id, b.depth])).toEqual(
          card.bullets.map((b) => [b.id, b.depth]),
        );
        next = setCardBullets(next, card.id, inputs);
        cards++;
      }
      // Unchanged bullets are the same objects, so their original text is written back.
      const before = allCards(issue).flatMap(({ card }) => card.bullets);
      const after = allCards(next).flatMap(({ card }) => card.bullets);
      after.forEach((b, i) => expect(b).toBe(before[i]));
      expect(exportIssue(next)).toBe(text);
    }
    expect(cards).toBeGreaterThan(1000);
  });
});

describe('bulletsToDoc', () => {
  it('nests deeper bullets in the item above them', () => {
    const json = bulletsToDoc([
      bullet('a', 1, 'A'),
      bullet('b', 2, 'B'),
      bullet('c', 3, 'C'),
      bullet('d', 1, 'D'),
    ]);
    expect(json).toEqual(doc([item('a', 'A', [item('b', 'B', [item('c', 'C')])]), item('d', 'D')]));
  });

  it('places a bullet that jumps two levels one level deeper only', () => {
    const json = bulletsToDoc([bullet('a', 1, 'A'), bullet('c', 3, 'C')]);
    expect(json).toEqual(doc([item('a', 'A', [item('c', 'C')])]));
    expect(docToBullets(json).map((b) => b.depth)).toEqual([1, 2]);
  });

  it('gives a card without bullets one empty item to type into, which is no bullet', () => {
    const json = bulletsToDoc([]);
    expect(json).toEqual({
      type: 'doc',
      content: [
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      ],
    });
    expect(docToBullets(json)).toEqual([]);
  });

  it('carries marks, hard breaks and raw inline markdown', () => {
    const json = bulletsToDoc([
      {
        id: 'a',
        depth: 1,
        after: '',
        content: [
          { kind: 'text', text: 'see ' },
          {
            kind: 'text',
            text: 'kubectl',
            marks: [{ type: 'link', href: 'https://k8s.io/' }, { type: 'code' }],
          },
          { kind: 'hardBreak' },
          { kind: 'raw', markdown: '![logo](x.png)' },
        ],
      },
    ]);
    const paragraph = json.content?.[0]?.content?.[0]?.content?.[0];
    expect(paragraph?.content).toEqual([
      { type: 'text', text: 'see ' },
      {
        type: 'text',
        text: 'kubectl',
        marks: [
          { type: 'link', attrs: { href: 'https://k8s.io/', title: null } },
          { type: 'code' },
        ],
      },
      { type: 'hardBreak' },
      { type: 'rawInline', attrs: { markdown: '![logo](x.png)' } },
    ]);
  });
});

describe('docToBullets', () => {
  it('flattens lists nested past the third level to the third level', () => {
    const json = doc([item('a', 'A', [item('b', 'B', [item('c', 'C', [item('d', 'D')])])])]);
    expect(docToBullets(json).map((b) => [b.id, b.depth])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 3],
    ]);
  });

  it('keeps an id once: a copied item becomes a new bullet', () => {
    const bullets = docToBullets(doc([item('a', 'A'), item('a', 'A again'), item(null, 'new')]));
    expect(bullets.map((b) => b.id)).toEqual(['a', undefined, undefined]);
    expect(bullets.map((b) => b.content)).toEqual([
      [{ kind: 'text', text: 'A' }],
      [{ kind: 'text', text: 'A again' }],
      [{ kind: 'text', text: 'new' }],
    ]);
  });

  it('drops marks and nodes the model does not have', () => {
    const json = doc([
      {
        type: 'listItem',
        attrs: { bulletId: 'a' },
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'under', marks: [{ type: 'underline' }, { type: 'bold' }] },
              { type: 'image', attrs: { src: 'x.png' } },
            ],
          },
        ],
      },
    ]);
    expect(docToBullets(json)).toEqual([
      { id: 'a', depth: 1, content: [{ kind: 'text', text: 'under', marks: [{ type: 'bold' }] }] },
    ]);
  });
});

describe('whitespace at the ends of a bullet', () => {
  it('is dropped, inside marks too, and a bullet of spaces is no bullet', () => {
    const json = doc([
      {
        type: 'listItem',
        attrs: { bulletId: 'a' },
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: '  ' },
              { type: 'text', text: ' lead', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' and tail ' },
            ],
          },
        ],
      },
      item('b', '   '),
    ]);
    expect(docToBullets(json)).toEqual([
      {
        id: 'a',
        depth: 1,
        content: [
          { kind: 'text', text: 'lead', marks: [{ type: 'bold' }] },
          { kind: 'text', text: ' and tail' },
        ],
      },
    ]);
  });
});
