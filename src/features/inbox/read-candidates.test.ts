// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/errors';
import { candidatesFromFeedFile, candidatesFromPaste } from './read-candidates';

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Kubernetes Blog</title>
<entry><title>Kubernetes v1.31</title><link href="https://kubernetes.io/blog/2024/08/13/kubernetes-v1-31-release/"/>
<summary type="html">&lt;p&gt;Announcing the release of Kubernetes v1.31.&lt;/p&gt;</summary></entry>
</feed>`;

describe('candidatesFromPaste', () => {
  it('reads a list of links, saying which lines it left out and why', () => {
    const read = candidatesFromPaste(
      'https://github.com/aws/karpenter-provider-aws\nnot a link at all\n' +
        '[EKS Blueprints](https://aws-ia.github.io/terraform-aws-eks-blueprints/)\n' +
        'https://github.com/aws/karpenter-provider-aws/',
      7,
    );
    expect(read.origin).toBe('the pasted links');
    expect(read.candidates.map((c) => c.url)).toEqual([
      'https://github.com/aws/karpenter-provider-aws',
      'https://aws-ia.github.io/terraform-aws-eks-blueprints/',
    ]);
    expect(read.candidates[1]?.title).toBe('EKS Blueprints');
    expect(read.notes).toEqual([
      'line 2 (not a link at all): not a link',
      'line 4 (https://github.com/aws/karpenter-provider-aws/): the same link as line 1',
    ]);
  });

  it('reads a pasted feed document as a feed', () => {
    const read = candidatesFromPaste(ATOM);
    expect(read.origin).toBe('the feed “Kubernetes Blog”');
    expect(read.candidates).toMatchObject([
      {
        title: 'Kubernetes v1.31',
        url: 'https://kubernetes.io/blog/2024/08/13/kubernetes-v1-31-release/',
        source: 'Kubernetes Blog',
        excerpt: 'Announcing the release of Kubernetes v1.31.',
      },
    ]);
  });

  it('refuses text without a single article', () => {
    expect(() => candidatesFromPaste('\n\n---\n\n')).toThrow(InputError);
  });
});

describe('candidatesFromFeedFile', () => {
  it('reads an Atom file and refuses a feed without items', async () => {
    const read = await candidatesFromFeedFile(new File([ATOM], 'k8s.atom'));
    expect(read.candidates).toHaveLength(1);
    const empty = ATOM.replace(/<entry>[\s\S]*<\/entry>/, '');
    await expect(candidatesFromFeedFile(new File([empty], 'empty.atom'))).rejects.toThrow(
      'empty.atom holds no items.',
    );
  });

  it('reads a file with a byte order mark, and refuses one that is not UTF-8', async () => {
    const marked = await candidatesFromFeedFile(new File(['\uFEFF' + ATOM], 'k8s.atom'));
    expect(marked.candidates).toHaveLength(1);
    const latin1 = new Uint8Array([...new TextEncoder().encode(ATOM.slice(0, 60)), 0xe9]);
    await expect(candidatesFromFeedFile(new File([latin1], 'old.rss'))).rejects.toThrow(
      /^old\.rss is not a UTF-8 text file \(line \d+\)\.$/,
    );
  });
});
