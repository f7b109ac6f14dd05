import { describe, expect, it } from 'vitest';
import { bullet, card, text } from '../../../test/support/model-builders';
import { estimatedGroupHeight } from './estimated-group-height';
import { groupPlaceholderText } from './group-placeholder-text';

const first = card('c1', 'Karpenter <b>1.0</b>', 'https://example.com/1', {
  tag: 'Blog',
  trailing: text(' (5 minute read)'),
  bullets: [bullet('b1', 1, 'Faster consolidation'), bullet('b2', 2, 'Spot & on-demand')],
});
const second = card('c2', 'EKS Auto Mode', 'https://example.com/2', {
  description: [{ id: 'p1', content: text('A description paragraph.'), after: '\n' }],
});

describe('groupPlaceholderText', () => {
  it("holds every card's words as plain text, markup-like text as written", () => {
    expect(groupPlaceholderText([first, undefined, second])).toBe(
      [
        'Blog Karpenter <b>1.0</b>  (5 minute read)',
        'Faster consolidation',
        'Spot & on-demand',
        'EKS Auto Mode',
        'A description paragraph.',
      ].join('\n'),
    );
  });

  it('holds paragraphs and markdown blocks as their text', () => {
    const blocks = [
      { kind: 'prose' as const, id: 'p', content: text('An announcement.'), after: '\n' },
      { kind: 'raw' as const, id: 'r', markdown: '<!-- note -->', after: '\n' },
    ];
    expect(groupPlaceholderText(blocks)).toBe('An announcement.\n<!-- note -->');
  });
});

describe('estimatedGroupHeight', () => {
  it('grows with the cards and their bullets, and is nothing for no blocks', () => {
    expect(estimatedGroupHeight([])).toBe(0);
    const one = estimatedGroupHeight([second]);
    expect(one).toBeGreaterThan(0);
    expect(estimatedGroupHeight([first])).toBeGreaterThan(one);
    expect(estimatedGroupHeight([second, second])).toBeGreaterThan(2 * one);
  });
});
