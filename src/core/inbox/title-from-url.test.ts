import { describe, expect, it } from 'vitest';
import { titleFromUrl } from './title-from-url';

describe('titleFromUrl', () => {
  it.each<[string, string]>([
    ['https://aws.amazon.com/blogs/containers/introducing-karpenter/', 'Introducing karpenter'],
    ['https://github.com/awslabs/eksdemo', 'Eksdemo'],
    ['https://www.cncf.io/', 'cncf.io'],
    ['https://youtu.be/-zKYT2I_WhE', 'youtu.be'],
    ['https://twitter.com/stefanprodan/status/1557754198648913921', 'twitter.com'],
    ['https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html', 'What is eks'],
    ['https://example.com/Running%20Windows%20containers', 'Running Windows containers'],
    ['https://example.com/%E0%A4%A', 'example.com'],
  ])('%s', (url, expected) => {
    expect(titleFromUrl(new URL(url))).toBe(expected);
  });
});
