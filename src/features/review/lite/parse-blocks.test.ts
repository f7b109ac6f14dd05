import { describe, expect, it } from 'vitest';
import { parseBlocks, MAX_CONTAINER_DEPTH } from './parse-blocks';
import type { Reference } from './parse-inline';
import { renderBlocksHtml } from './render-blocks-html';

function html(markdown: string): string {
  const refs = new Map<string, Reference>();
  const blocks = parseBlocks(markdown, refs);
  return renderBlocksHtml(blocks, { refs, shortcodes: [] });
}

describe('block markdown', () => {
  it('nests list items by their content column, with 2 or 4 spaces', () => {
    const four = '* a\n    * b\n        * c\n* d';
    const two = '* a\n  * b\n    * c\n* d';
    const nested = '<ul><li>a<ul><li>b<ul><li>c</li></ul></li></ul></li><li>d</li></ul>';
    expect(html(four)).toBe(nested);
    expect(html(two)).toBe(nested);
  });

  it('tells tight lists from loose ones', () => {
    expect(html('* a\n\n* b')).toBe('<ul><li><p>a</p></li><li><p>b</p></li></ul>');
    expect(html('* a\n  * b\n\n  * c')).toBe(
      '<ul><li>a<ul><li><p>b</p></li><li><p>c</p></li></ul></li></ul>',
    );
    expect(html('1. one\n2. two\n\n- x\n+ y')).toBe(
      '<ol><li>one</li><li>two</li></ol><ul><li>x</li></ul><ul><li>y</li></ul>',
    );
    expect(html('3. three')).toBe('<ol start="3"><li>three</li></ol>');
  });

  it('reads headings, breaks, quotes, code and lazy lines', () => {
    expect(html('# One #\nTwo\n---\n***\n> q\nlazy')).toBe(
      '<h1>One</h1><h2>Two</h2><hr /><blockquote><p>q\nlazy</p></blockquote>',
    );
    expect(html('```sh\n<b>x</b>\n```\n\n    indented')).toBe(
      '<pre><code class="language-sh">&lt;b&gt;x&lt;/b&gt;\n</code></pre><pre><code>indented\n</code></pre>',
    );
    expect(html('* item\ncontinued')).toBe('<ul><li>item\ncontinued</li></ul>');
  });

  it('shows HTML blocks as text but keeps bare <br> tags', () => {
    expect(html('<div onclick="x()">\nhi<br/>\n</div>')).toBe(
      '&lt;div onclick=&quot;x()&quot;&gt;\nhi<br />\n&lt;/div&gt;',
    );
    expect(html('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html('<br/><br/>\ntext')).toBe('<p><br /><br />\ntext</p>');
  });

  it('reads tables and reference definitions', () => {
    expect(html('| a | b |\n|:--|--:|\n| 1 | 2 \\| 3 |')).toBe(
      '<table><thead><tr><th align="left">a</th><th align="right">b</th></tr></thead><tbody><tr><td align="left">1</td><td align="right">2 | 3</td></tr></tbody></table>',
    );
    expect(html('[x]\n\n[x]: https://x.org "T"')).toBe(
      '<p><a href="https://x.org" title="T" rel="noopener noreferrer" target="_blank">x</a></p>',
    );
  });

  it('reads containers nested too deep as text, without a stack overflow', () => {
    const deep = '> '.repeat(5000) + 'bottom';
    const rendered = html(deep);
    expect(rendered.match(/<blockquote>/g)?.length).toBe(MAX_CONTAINER_DEPTH);
    expect(rendered).toContain('bottom');
    const list = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}* x`).join('\n');
    expect(html(list)).toContain('x');
  });
});
