import { describe, expect, it } from 'vitest';
import { titleFromUrl } from './title-from-url';

describe('titleFromUrl', () => {
  it.each<[string, string]>([
    ['https://aws.amazon.com/blogs/containers/introducing-karpenter/', 'Introducing karpenter'],
    ['https://github.com/awslabs/eksdemo', 'Eksdemo'],
    ['https://www.cncf.io/', 'cncf.io'],
    ['https://youtu.be/-zKYT2I_WhE', 'youtu.be'],
    ['https://twitter.com/stefanprodan/status/1557754198648913921', 'twitter.com'],
    ['https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html', 'What is EKS'],
    ['https://example.com/Running%20Windows%20containers', 'Running Windows containers'],
    ['https://example.com/%E0%A4%A', 'example.com'],
  ])('%s', (url, expected) => {
    expect(titleFromUrl(new URL(url))).toBe(expected);
  });

  // Links of the archive (test/fixtures/eks-news) and the words its titles spell that way.
  it.each<[string, string]>([
    [
      'https://aws.amazon.com/about-aws/whats-new/2026/01/amazon-eks-distro-kubernetes-version-1-35/',
      'Amazon EKS distro kubernetes version 1.35',
    ],
    [
      'https://aws.amazon.com/blogs/containers/amazon-eks-launches-ipv6-support/',
      'Amazon EKS launches IPv6 support',
    ],
    ['https://kubernetes.io/blog/2023/04/11/kubernetes-v1-27-release/', 'Kubernetes v1.27 release'],
    [
      'https://aws.amazon.com/about-aws/whats-new/2022/05/amazon-eks-karpenter-v0-9-0-pod-affinity/',
      'Amazon EKS karpenter v0.9.0 pod affinity',
    ],
    ['https://example.com/what-is-ebpf', 'What is eBPF'],
    ['https://example.com/ebpf-explained', 'eBPF explained'],
    [
      'https://example.com/use-iam-roles-to-connect-github-actions',
      'Use IAM roles to connect GitHub actions',
    ],
  ])('%s keeps the archive spelling and the version dots', (url, expected) => {
    expect(titleFromUrl(new URL(url))).toBe(expected);
  });

  it.each<[string, string]>([
    [
      'https://example.com/over-380-000-open-kubernetes-api-servers',
      'Over 380 000 open kubernetes API servers',
    ],
    ['https://example.com/leader-in-2024-25-omdia-universe', 'Leader in 2024 25 omdia universe'],
    ['https://example.com/top-10-kubectl-plugins', 'Top 10 kubectl plugins'],
  ])('%s joins no numbers that are not a version', (url, expected) => {
    expect(titleFromUrl(new URL(url))).toBe(expected);
  });

  it.each<[string, string]>([
    [
      'https://example.dev/2022-04-12-git-security-vulnerability-announced',
      'Git security vulnerability announced',
    ],
    [
      'https://medium.com/@someone/how-did-we-upgrade-our-eks-clusters-from-1-15-to-1-22-without-k8s-knowledge-2c96c1a94cc1',
      'How did we upgrade our EKS clusters from 1.15 to 1.22 without k8s knowledge',
    ],
  ])('%s leaves out a leading date and a trailing slug id', (url, expected) => {
    expect(titleFromUrl(new URL(url))).toBe(expected);
  });
});
