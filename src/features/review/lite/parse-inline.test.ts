import { describe, expect, it } from 'vitest';
import { parseInline } from './parse-inline';
import { renderInlineHtml } from './render-inline-html';
import type { InlineNode } from './inline-node';

function html(markdown: string): string {
  return renderInlineHtml(parseInline(markdown), []);
}

const out = 'rel="noopener noreferrer" target="_blank"';

describe('inline markdown', () => {
  it('reads emphasis, strong, strikethrough and code as CommonMark and GFM do', () => {
    expect(html('*a* **b** ***c*** _d_ __e__ ~~f~~ `g`')).toBe(
      '<em>a</em> <strong>b</strong> <em><strong>c</strong></em> <em>d</em> <strong>e</strong> <del>f</del> <code>g</code>',
    );
    expect(html('snake_case_name and 2*3*4')).toBe('snake_case_name and 2<em>3</em>4');
    expect(html('*foo**bar**baz*')).toBe('<em>foo<strong>bar</strong>baz</em>');
    expect(html('**unclosed *mixed')).toBe('**unclosed *mixed');
    expect(html('`` a ` b ``')).toBe('<code>a ` b</code>');
    expect(html('`no close')).toBe('`no close');
  });

  it('reads inline and reference links, autolinks and bare URLs', () => {
    expect(html('[a](https://x.org/p_(q) "T")')).toBe(
      `<a href="https://x.org/p_(q)" title="T" ${out}>a</a>`,
    );
    expect(html('[a](<https://x.org/with space>)')).toBe(
      `<a href="https://x.org/with space" ${out}>a</a>`,
    );
    const refs = new Map([['REF', { href: 'https://r.org', title: '' }]]);
    expect(renderInlineHtml(parseInline('[ref] [x][Ref] [y][]', refs), [])).toBe(
      `<a href="https://r.org" ${out}>ref</a> <a href="https://r.org" ${out}>x</a> [y][]`,
    );
    expect(html('<https://a.org/x> and see https://b.org/y.')).toBe(
      `<a href="https://a.org/x" ${out}>https://a.org/x</a> and see <a href="https://b.org/y" ${out}>https://b.org/y</a>.`,
    );
    expect(html('(www.c.org/z)')).toBe(`(<a href="http://www.c.org/z" ${out}>www.c.org/z</a>)`);
  });

  it('keeps a link out of another link', () => {
    expect(html('[a [b](https://b.org) c](/a)')).toBe(
      `[a <a href="https://b.org" ${out}>b</a> c](/a)`,
    );
    expect(html('[see https://x.org](https://y.org)')).toBe(
      `<a href="https://y.org" ${out}>see https://x.org</a>`,
    );
  });

  it('reads escapes, references, breaks and <br>, and shows other HTML as text', () => {
    expect(html('\\*not\\* &amp; &copy; &#65; &bogus;')).toBe('*not* &amp; © A &amp;bogus;');
    expect(html('one  \ntwo\\\nthree\nfour')).toBe('one<br />two<br />three\nfour');
    expect(html('a<br/>b<BR>c')).toBe('a<br />b<br />c');
    expect(html('<span class="x_y">z</span>')).toBe(
      '&lt;span class=&quot;x_y&quot;&gt;z&lt;/span&gt;',
    );
  });

  it('never writes an unsafe URL into the page', () => {
    const hostile = [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](java&#115;cript:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x](vbscript:msgbox)',
      '<javascript:alert(1)>',
      '![x](javascript:alert(1))',
      '[x](&#x6A;avascript:alert(1))',
    ];
    for (const markdown of hostile) {
      const rendered = html(markdown);
      expect(rendered, markdown).not.toMatch(/href=|src=/);
    }
  });

  it('escapes quotes and angle brackets in attributes', () => {
    expect(html('[a](https://x.org/"onmouseover="alert(1) "t\\"<b>")')).not.toContain('"onmouse');
    expect(html('[a](https://x.org/ "t\\"><img src=x>")')).toBe(
      `<a href="https://x.org/" title="t&quot;&gt;&lt;img src=x&gt;" ${out}>a</a>`,
    );
  });

  it('stays fast on input built to be slow', () => {
    const inputs = [
      '*a '.repeat(20000),
      '_'.repeat(50000),
      '['.repeat(30000) + ']'.repeat(30000),
      '[a](' + '('.repeat(40000),
      '`'.repeat(1) + 'x``'.repeat(20000),
      '**a'.repeat(20000) + '**'.repeat(20000),
      '<'.repeat(50000),
      'https://x.org/' + ')'.repeat(40000),
    ];
    const started = performance.now();
    for (const input of inputs) {
      const nodes: InlineNode[] = parseInline(input);
      expect(renderInlineHtml(nodes, []).length).toBeGreaterThan(0);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
