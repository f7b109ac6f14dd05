import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT, toCandidate } from './candidate';

describe('toCandidate', () => {
  it('keeps the given title, source and link, with whitespace tidied', () => {
    const candidate = toCandidate(
      {
        title: '  Karpenter\n v1.0 ',
        url: 'https://karpenter.sh/',
        source: ' karpenter.sh ',
        excerpt: ' Stable\tAPIs. ',
      },
      3,
    );
    expect(candidate).toMatchObject({
      title: 'Karpenter v1.0',
      url: 'https://karpenter.sh/',
      source: 'karpenter.sh',
      excerpt: 'Stable APIs.',
      addedAt: 3,
    });
    expect(candidate.id).toMatch(/^cand-/);
  });

  it('draws a missing title from the excerpt, else from the link', () => {
    expect(
      toCandidate({ excerpt: 'Introduction Fargate runs pods. It is serverless.' }, 0).title,
    ).toBe('Fargate runs pods');
    expect(
      toCandidate({ url: 'https://example.com/blog/spot-savings-on-eks', excerpt: '' }, 0).title,
    ).toBe('Spot savings on EKS');
  });

  it('leaves out an empty source and caps the excerpt at a word', () => {
    const long = 'word '.repeat(400);
    const candidate = toCandidate({ title: 'T', source: '  ', excerpt: long }, 0);
    expect(candidate).not.toHaveProperty('source');
    expect(candidate).not.toHaveProperty('url');
    expect(candidate.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
    expect(candidate.excerpt.endsWith('word…')).toBe(true);
  });
});
