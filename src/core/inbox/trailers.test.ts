import { describe, expect, it } from 'vitest';
import { endsWithTrailer, splitAfterTrailers, stripTrailers } from './trailers';

describe('stripTrailers', () => {
  it.each<[string, string]>([
    ['address space. View the full article', 'address space.'],
    ['Amazon EKS worker nodes View the full article', 'Amazon EKS worker nodes'],
    ['Cluster health. Read more »', 'Cluster health.'],
    ['Cluster health. Read More...', 'Cluster health.'],
    ['Cluster health.\nContinue reading →', 'Cluster health.'],
    ['Cluster health. Continue reading on Medium »', 'Cluster health.'],
    ['Cluster health. Read the full story', 'Cluster health.'],
    ['Karpenter consolidates nodes […]', 'Karpenter consolidates nodes…'],
    [
      'Karpenter consolidates nodes. The post Karpenter v1 appeared first on The New Stack.',
      'Karpenter consolidates nodes.',
    ],
    ['Karpenter consolidates nodes […] Read more', 'Karpenter consolidates nodes…'],
    ['Karpenter consolidates nodes. […]', 'Karpenter consolidates nodes.'],
    ['We want you to read more books.', 'We want you to read more books.'],
    ['Read more', ''],
  ])('%j', (text, expected) => {
    expect(stripTrailers(text)).toBe(expected);
  });

  it('tells whether an item ends with a trailer', () => {
    expect(endsWithTrailer('nodes. View the full article ')).toBe(true);
    expect(endsWithTrailer('View the full article to see more nodes.')).toBe(false);
  });
});

describe('splitAfterTrailers', () => {
  it('splits items glued on one line after their trailers', () => {
    expect(
      splitAfterTrailers('First item. View the full article Second item. View the full article'),
    ).toEqual(['First item. View the full article', 'Second item. View the full article']);
  });

  it('leaves a line with one trailer at its end whole', () => {
    expect(splitAfterTrailers('Only item. Read the full article')).toEqual([
      'Only item. Read the full article',
    ]);
  });
});
