import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { parseUrlList } from './parse-url-list';

describe('parseUrlList', () => {
  it('makes one candidate per link line, in order, with a title and source', () => {
    const text = [
      'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/',
      '',
      '  https://youtu.be/-zKYT2I_WhE  ',
      '* [Karpenter docs](https://karpenter.sh/docs/)',
      '- <https://github.com/awslabs/eksdemo>',
      'Kyverno moves to the CNCF incubator https://www.cncf.io/blog/2022/07/12/kyverno-moves-to-the-cncf-incubator/',
      '1. cdk8s.io',
    ].join('\r\n');
    const { candidates, rejected } = parseUrlList(text, { now: 7 });
    expect(rejected).toEqual([]);
    expect(
      candidates.map(({ title, url, source, excerpt, addedAt }) => ({
        title,
        url,
        source,
        excerpt,
        addedAt,
      })),
    ).toEqual([
      {
        title: 'Amazon EKS extended support for kubernetes versions pricing',
        url: 'https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/',
        source: 'aws.amazon.com',
        excerpt: '',
        addedAt: 7,
      },
      {
        title: 'youtu.be',
        url: 'https://youtu.be/-zKYT2I_WhE',
        source: 'youtu.be',
        excerpt: '',
        addedAt: 7,
      },
      {
        title: 'Karpenter docs',
        url: 'https://karpenter.sh/docs/',
        source: 'karpenter.sh',
        excerpt: '',
        addedAt: 7,
      },
      {
        title: 'Eksdemo',
        url: 'https://github.com/awslabs/eksdemo',
        source: 'github.com',
        excerpt: '',
        addedAt: 7,
      },
      {
        title: 'Kyverno moves to the CNCF incubator',
        url: 'https://www.cncf.io/blog/2022/07/12/kyverno-moves-to-the-cncf-incubator/',
        source: 'cncf.io',
        excerpt: '',
        addedAt: 7,
      },
      { title: 'cdk8s.io', url: 'https://cdk8s.io/', source: 'cdk8s.io', excerpt: '', addedAt: 7 },
    ]);
  });

  it('reports every line it cannot use, with its number and reason', () => {
    const text = [
      'https://eks.news/',
      'just some words',
      'javascript:alert(1)',
      'ftp://example.com/file',
      'http://CRI-O Installation Instructions',
      'https://www.eks.news?utm_source=newsletter',
      '',
      'https://youtu.be/9AQEptIi2o8',
      'https://www.youtube.com/watch?v=9AQEptIi2o8&t=359s',
    ].join('\n');
    const { candidates, rejected } = parseUrlList(text);
    expect(candidates.map((c) => c.url)).toEqual([
      'https://eks.news/',
      'https://youtu.be/9AQEptIi2o8',
    ]);
    expect(rejected).toEqual([
      { line: 2, text: 'just some words', reason: 'not a link' },
      { line: 3, text: 'javascript:alert(1)', reason: 'only http and https links can be added' },
      { line: 4, text: 'ftp://example.com/file', reason: 'only http and https links can be added' },
      {
        line: 5,
        text: 'http://CRI-O Installation Instructions',
        reason: 'not a valid web address',
      },
      {
        line: 6,
        text: 'https://www.eks.news?utm_source=newsletter',
        reason: 'the same link as line 1',
      },
      {
        line: 9,
        text: 'https://www.youtube.com/watch?v=9AQEptIi2o8&t=359s',
        reason: 'the same link as line 8',
      },
    ]);
  });

  it('refuses an empty paste and binary data', () => {
    expect(() => parseUrlList('\n \n')).toThrow(InputError);
    expect(() => parseUrlList('\u0000\u0001')).toThrow('binary data');
  });
});
