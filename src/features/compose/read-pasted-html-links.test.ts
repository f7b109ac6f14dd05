// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readPastedHtmlLinks } from './read-pasted-html-links';

const url = 'https://aws.amazon.com/blogs/containers/amazon-eks-pod-identity/';

describe('readPastedHtmlLinks', () => {
  it('titles a copied link with its text, as one line of plain text', () => {
    const html = `<html><body><!--StartFragment--><a href="${url}">Amazon EKS\n  Pod <i>Identity</i></a><!--EndFragment--></body></html>`;
    expect(readPastedHtmlLinks(html, 'Amazon EKS Pod Identity')).toEqual({
      links: [{ url, title: 'Amazon EKS Pod Identity', line: 1 }],
      refused: [],
    });
  });

  it('names the links of a plain-text URL list from the HTML, matched by address', () => {
    const html = `<ul><li><a href="${url}">Pod Identity</a></li><li><a href="https://github.com/aws/karpenter">https://github.com/aws/karpenter</a></li></ul>`;
    const read = readPastedHtmlLinks(
      html,
      `${url.replace('https://', 'HTTPS://')}\nhttps://github.com/aws/karpenter`,
    );
    expect(read?.links.map((link) => link.title)).toEqual(['Pod Identity', undefined]);
  });

  it('reads each link of a copied list, and refuses a script link', () => {
    const html =
      '<ul><li><a href="https://example.com/one">One</a></li><li><a href="javascript:alert(1)">Two</a></li><li><a href="https://example.com/three">Three</a></li></ul>';
    const read = readPastedHtmlLinks(html, 'One\nTwo\nThree');
    expect(read?.links.map((link) => [link.url, link.title])).toEqual([
      ['https://example.com/one', 'One'],
      ['https://example.com/three', 'Three'],
    ]);
    expect(read?.refused.map((line) => line.text)).toEqual(['javascript:alert(1)']);
  });

  it('leaves prose with a link in it to the plain text, which holds none', () => {
    const html =
      '<p>See the <a href="https://example.com/x">docs</a> before you upgrade your clusters.</p>';
    expect(
      readPastedHtmlLinks(html, 'See the docs before you upgrade your clusters.'),
    ).toBeUndefined();
  });

  it('takes no title from a link whose text is its address', () => {
    const html = `<a href="${url}">${url}</a>`;
    expect(readPastedHtmlLinks(html, url)?.links).toEqual([{ url, line: 1 }]);
  });

  it('counts no script or style as copied text', () => {
    const html = `<style>${'a{color:red}'.repeat(20)}</style><a href="${url}">Pod Identity</a><script>${'x();'.repeat(50)}</script>`;
    expect(readPastedHtmlLinks(html, 'Pod Identity')?.links).toEqual([
      { url, title: 'Pod Identity', line: 1 },
    ]);
  });

  it('parses with the parser it is given, never the page', () => {
    const parsed: string[] = [];
    const parse = (html: string) => {
      parsed.push(html);
      return new DOMParser().parseFromString(html, 'text/html');
    };
    readPastedHtmlLinks(`<a href="${url}">T</a>`, 'T', parse);
    expect(parsed).toEqual([`<a href="${url}">T</a>`]);
    expect(document.body.innerHTML).toBe('');
  });
});
