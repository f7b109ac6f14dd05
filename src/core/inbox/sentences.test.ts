import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
    [
      'Use a tool, e.g. Karpenter, for this. Then scale.',
      ['Use a tool, e.g. Karpenter, for this.', 'Then scale.'],
    ],
    ['Amazon EKS v1.28. It adds sidecars.', ['Amazon EKS v1.28.', 'It adds sidecars.']],
    ['Upgrade to Amazon EKS v1.28 now. Soon.', ['Upgrade to Amazon EKS v1.28 now.', 'Soon.']],
    [
      'Read https://eks.news/archives/056. It is short.',
      ['Read https://eks.news/archives/056.', 'It is short.'],
    ],
    [
      'Visit eks.news and aws.amazon.com today. Done.',
      ['Visit eks.news and aws.amazon.com today.', 'Done.'],
    ],
    [
      'This post was coauthored by Venkatesh Nannan, Sr. Engineering Manager at Rippling. Rippling is big.',
      [
        'This post was coauthored by Venkatesh Nannan, Sr. Engineering Manager at Rippling.',
        'Rippling is big.',
      ],
    ],
    ['It runs in the U.S. East region. Yes.', ['It runs in the U.S. East region.', 'Yes.']],
    ['A talk by J. Smith on Fargate. Watch it.', ['A talk by J. Smith on Fargate.', 'Watch it.']],
    ['He said "it works." Then left.', ['He said "it works."', 'Then left.']],
    [
      'valued at $3.5 billion. It allows trading.',
      ['valued at $3.5 billion.', 'It allows trading.'],
    ],
    ['Released AL2023.4 as well. Next.', ['Released AL2023.4 as well.', 'Next.']],
    ['lowercase after. the dot stays', ['lowercase after. the dot stays']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('splitSentences with a limit', () => {
  it('stops after that many sentences', () => {
    expect(splitSentences('One. Two. Three. Four.', 2)).toEqual(['One.', 'Two.']);
    expect(splitSentences('One. Two.', 2)).toEqual(['One.', 'Two.']);
    expect(splitSentences('One. Two', 1)).toEqual(['One.']);
    expect(splitSentences('One', 1)).toEqual(['One']);
  });
});
