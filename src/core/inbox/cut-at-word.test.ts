import { describe, expect, it } from 'vitest';
import { cutAtWord } from './cut-at-word';

describe('cutAtWord', () => {
  it('leaves text that fits alone, without an ellipsis', () => {
    expect(cutAtWord('Amazon EKS now supports Kubernetes 1.28', 39)).toBe(
      'Amazon EKS now supports Kubernetes 1.28',
    );
  });

  it('cuts before the word that does not fit and marks the cut', () => {
    expect(cutAtWord('Amazon EKS now supports Kubernetes 1.28', 30)).toBe(
      'Amazon EKS now supports…',
    );
  });

  it('keeps a word that ends exactly at the limit', () => {
    // "Amazon EKS now" is 14 characters; with the ellipsis the result is 15.
    expect(cutAtWord('Amazon EKS now supports', 15)).toBe('Amazon EKS now…');
  });

  it('drops a dangling comma or dash before the ellipsis', () => {
    expect(cutAtWord('Fast, cheap, and reliable clusters', 14)).toBe('Fast, cheap…');
    expect(cutAtWord('Spot capacity — cheaper nodes', 16)).toBe('Spot capacity…');
  });

  it('cuts inside a word only when one word is longer than the limit', () => {
    expect(cutAtWord('https://aws.amazon.com/blogs/containers/', 12)).toBe('https://aws…');
  });
});
