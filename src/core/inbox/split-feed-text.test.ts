import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { MAX_EXCERPT } from './candidate';
import { splitFeedText } from './split-feed-text';

const seed = readFileSync(
  join(process.cwd(), 'test/fixtures/seeds/candidate-feed-page.txt'),
  'utf8',
);

describe('splitFeedText on the seed feed page', () => {
  const candidates = splitFeedText(seed, { now: 42 });

  it('finds its 25 items and none of the page around them', () => {
    expect(candidates).toHaveLength(25);
    const all = candidates.map((c) => `${c.title} ${c.excerpt}`).join('\n');
    expect(all).not.toMatch(
      /Forum Statistics|Search the Community|Jump to content|Favourite Tools/,
    );
  });

  it('drops the "View the full article" trailers', () => {
    for (const candidate of candidates)
      expect(candidate.excerpt).not.toMatch(/View the full|View the fu$/);
    // Item 21 is short enough to be kept whole: the excerpt is its text without the trailer.
    expect(candidates[20]?.excerpt).toBe(
      'Amazon Elastic Kubernetes Service (EKS) customers can now leverage EC2 security groups to secure applications in clusters using Internet Protocol version 6(IPv6) address space.',
    );
    expect(candidates[23]?.excerpt).not.toMatch(/nodes$/);
  });

  it('draws titles from the excerpts, past bylines and "Introduction" headings', () => {
    expect(candidates.slice(0, 3).map((c) => c.title)).toEqual([
      'Upstox is India’s largest investech, a multi-unicorn valued at $3.5 billion',
      'The construction of big data applications based on open source software has become increasingly…',
      'Amazon CloudWatch Container Insights with Enhanced Observability for EKS now auto-discovers…',
    ]);
    expect(candidates[8]?.title).toMatch(/^Snapchat is an app that hundreds of millions/);
    expect(candidates[10]?.title).toBe(
      'Today, Amazon EKS announces general availability of extended support for Kubernetes versions',
    );
    expect(candidates[22]?.title).toMatch(/^The abstraction introduced by Kubernetes/);
    for (const candidate of candidates) expect(candidate.title.length).toBeLessThanOrEqual(100);
  });

  it('keeps excerpts in order, short, without links or sources the page does not have', () => {
    expect(candidates[0]?.excerpt).toMatch(/^This is a guest post by Pranav Kapoor/);
    expect(candidates[24]?.excerpt).toMatch(
      /^Amazon GuardDuty has incorporated new machine learning/,
    );
    for (const candidate of candidates) {
      expect(candidate.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT);
      expect(candidate.url).toBeUndefined();
      expect(candidate.source).toBeUndefined();
      expect(candidate.addedAt).toBe(42);
    }
    expect(new Set(candidates.map((c) => c.id)).size).toBe(25);
  });
});

describe('splitFeedText on other pastes', () => {
  it('reads title, source, link and excerpt of paragraph items', () => {
    const text = [
      'Amazon EKS extended support is now generally available',
      'aws.amazon.com',
      'Today, Amazon EKS announces general availability of extended support. View the full article',
      '',
      'Karpenter v1.0 is here',
      'https://aws.amazon.com/blogs/containers/announcing-karpenter-1-0/',
      'Source: AWS Containers Blog',
      '',
      'Karpenter graduates to v1.0 with stable APIs. Read more »',
    ].join('\n');
    const [first, second] = splitFeedText(text);
    expect(first).toMatchObject({
      title: 'Amazon EKS extended support is now generally available',
      source: 'aws.amazon.com',
      excerpt: 'Today, Amazon EKS announces general availability of extended support.',
    });
    expect(second).toMatchObject({
      title: 'Karpenter v1.0 is here',
      url: 'https://aws.amazon.com/blogs/containers/announcing-karpenter-1-0/',
      source: 'AWS Containers Blog',
      excerpt: 'Karpenter graduates to v1.0 with stable APIs.',
    });
  });

  it('splits items glued on one line by their trailers', () => {
    const text =
      'Short header\n\nFirst article about Fargate pricing changes. View the full article Second article about Bottlerocket updates. View the full article';
    expect(splitFeedText(text).map((c) => c.excerpt)).toEqual([
      'First article about Fargate pricing changes.',
      'Second article about Bottlerocket updates.',
    ]);
  });

  it('pairs a title paragraph with the excerpt below it when there are no trailers', () => {
    const text = [
      'Menu',
      '',
      'Running GPU workloads on EKS',
      '',
      'A walkthrough of the NVIDIA device plugin and time slicing on Amazon EKS clusters.',
      '',
      'Cost allocation for EKS',
      '',
      'Split cost allocation data now covers Amazon EKS workloads in the Cost and Usage Report.',
    ].join('\n');
    expect(splitFeedText(text).map((c) => c.title)).toEqual([
      'Running GPU workloads on EKS',
      'Cost allocation for EKS',
    ]);
  });

  it('reads a numbered list whose items carry continuation lines', () => {
    const text =
      '1. Bottlerocket turns five\n   bottlerocket.dev\n   The container OS reaches five years.\n2. Fargate gets bigger tasks\n   Fargate now runs tasks of 16 vCPU.\n\nFooter';
    expect(
      splitFeedText(text).map(({ title, source, excerpt }) => ({ title, source, excerpt })),
    ).toEqual([
      {
        title: 'Bottlerocket turns five',
        source: 'bottlerocket.dev',
        excerpt: 'The container OS reaches five years.',
      },
      {
        title: 'Fargate gets bigger tasks',
        source: undefined,
        excerpt: 'Fargate now runs tasks of 16 vCPU.',
      },
    ]);
  });

  it('reads long lists past item 9999', () => {
    const text =
      '9999. Alpha ships a new Fargate feature.\n10000. Beta adds Bottlerocket images.\n10001. Gamma fixes a CNI bug.';
    expect(splitFeedText(text).map((c) => c.excerpt)).toEqual([
      'Alpha ships a new Fargate feature.',
      'Beta adds Bottlerocket images.',
      'Gamma fixes a CNI bug.',
    ]);
  });

  it('does not take a short numbered list inside an article for the items', () => {
    const article = `Upgrading clusters safely takes a plan that the whole team understands and follows closely. ${'Words of the article. '.repeat(10)}`;
    const text = `${article}\n\n1. Drain\n2. Upgrade\n3. Verify\n\n${article}`;
    const candidates = splitFeedText(text);
    expect(candidates).toHaveLength(2);
    expect(candidates.map((c) => c.excerpt)).toEqual([article.trim(), article.trim()]);
  });

  it('gives an empty list for text without items, and refuses empty or binary input', () => {
    expect(splitFeedText('Menu\n\nSearch\n\nLog in')).toEqual([]);
    expect(() => splitFeedText('  \n\t ')).toThrow(InputError);
    expect(() => splitFeedText('  \n\t ')).toThrow('The pasted text is empty.');
    expect(() => splitFeedText('PK\u0003\u0004\u0000\u0000binary')).toThrow('binary data');
    expect(() => splitFeedText('\u0001\u0002\u0003\u0004\u0005\u0006 x')).toThrow(InputError);
  });
});
