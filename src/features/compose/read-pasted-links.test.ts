import { describe, expect, it } from 'vitest';
import { readPastedLinks } from './read-pasted-links';

describe('readPastedLinks', () => {
  it('reads bare URLs, <URL>, markdown links and titled lines, with list markers', () => {
    const read = readPastedLinks(
      [
        'https://a.example/one',
        '',
        '- <https://b.example/two>',
        '2. [Karpenter 1.0](https://karpenter.sh/blog/v1)',
        'Pod Identity — https://aws.amazon.com/blogs/containers/pod-identity/',
        'kubernetes.io/docs/home',
      ].join('\n'),
    );
    expect(read).toEqual({
      links: [
        { url: 'https://a.example/one', line: 1 },
        { url: 'https://b.example/two', line: 3 },
        { url: 'https://karpenter.sh/blog/v1', line: 4, title: 'Karpenter 1.0' },
        {
          url: 'https://aws.amazon.com/blogs/containers/pod-identity/',
          line: 5,
          title: 'Pod Identity',
        },
        { url: 'https://kubernetes.io/docs/home', line: 6 },
      ],
      refused: [],
    });
  });

  it('keeps refused lines as pasted, with the reason', () => {
    const read = readPastedLinks(
      'https://a.example/x\r\n  javascript:alert(1)\nhttps://A.example/x/',
    );
    expect(read?.links.map((l) => l.url)).toEqual(['https://a.example/x']);
    expect(read?.refused).toEqual([
      {
        line: 2,
        text: '  javascript:alert(1)',
        reason: 'Only http and https links can be added, not "javascript:" links.',
      },
      { line: 3, text: 'https://A.example/x/', reason: 'The same link as line 1.' },
    ]);
  });

  it('answers a lone refused link, and leaves text without links alone', () => {
    expect(readPastedLinks('data:text/html,hi')?.refused).toHaveLength(1);
    expect(readPastedLinks('Note: this is text\nwith two lines')).toBeUndefined();
    expect(readPastedLinks('')).toBeUndefined();
  });
});
