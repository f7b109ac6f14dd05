import { describe, expect, it } from 'vitest';
import { pageTitleFromHtml } from './page-title-from-html';

describe('pageTitleFromHtml', () => {
  it('prefers og:title, whatever the attribute order and quotes', () => {
    const html = `<html><head><title>Blog | AWS</title>
      <meta content='Karpenter v1.0 &amp; beyond' property="og:title">
      </head></html>`;
    expect(pageTitleFromHtml(html)).toBe('Karpenter v1.0 & beyond');
  });

  it('takes og:title written as a name attribute', () => {
    expect(pageTitleFromHtml('<meta name="og:title" content="Amazon EKS 1.31">')).toBe(
      'Amazon EKS 1.31',
    );
  });

  it('falls back to <title>, decoding entities and folding white space', () => {
    const html = '<head><title>\n  Amazon EKS &#8211;\n  Pod Identity </title></head>';
    expect(pageTitleFromHtml(html)).toBe('Amazon EKS – Pod Identity');
  });

  it('keeps markup out: a title holding tags comes back as their text', () => {
    const html = '<title><script>alert(1)</script>Safe <b>title</b></title>';
    expect(pageTitleFromHtml(html)).toBe('Safe title');
  });

  it('skips an empty og:title and a commented-out one', () => {
    const html =
      '<!-- <meta property="og:title" content="Old"> --><meta property="og:title" content=" ">' +
      '<title>Real</title>';
    expect(pageTitleFromHtml(html)).toBe('Real');
  });

  it('has no title for a page without one', () => {
    expect(pageTitleFromHtml('<html><body><h1>Hi</h1></body></html>')).toBeUndefined();
    expect(pageTitleFromHtml('<title>   </title>')).toBeUndefined();
  });

  it('cuts a very long title at 300 characters', () => {
    const title = pageTitleFromHtml(`<title>${'x'.repeat(1000)}</title>`);
    expect(title).toHaveLength(300);
    expect(title?.endsWith('…')).toBe(true);
  });
});
