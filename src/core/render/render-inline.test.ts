// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Mark, RichText } from '../model/types';
import { inertnessProblems, parseHtml } from '../../../test/helpers/inert-html';
import { renderInline } from './render-inline';
import { renderMarkdownInline } from './render-markdown';

const link = (href: string, title?: string): Mark =>
  title === undefined ? { type: 'link', href } : { type: 'link', href, title };

describe('renderInline', () => {
  it('escapes the five HTML characters', () => {
    expect(renderInline([{ kind: 'text', text: `<b>"Tom" & 'Jerry'</b>` }])).toBe(
      '&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;',
    );
  });

  it('renders each mark with its tag, nested in a fixed order', () => {
    const content: RichText = [
      {
        kind: 'text',
        text: 'all',
        marks: [{ type: 'code' }, { type: 'italic' }, { type: 'strike' }, { type: 'bold' }],
      },
      { kind: 'text', text: ' plain ' },
      { kind: 'text', text: 'b', marks: [{ type: 'bold' }] },
    ];
    expect(renderInline(content)).toBe(
      '<strong><em><del><code>all</code></del></em></strong> plain <strong>b</strong>',
    );
  });

  it('keeps a soft break as a newline and renders a hard break as <br />', () => {
    expect(
      renderInline([
        { kind: 'text', text: 'a\nb' },
        { kind: 'hardBreak' },
        { kind: 'text', text: 'c' },
      ]),
    ).toBe('a\nb<br />c');
  });

  it('puts runs that share one link in one anchor', () => {
    const href = 'https://aws.amazon.com/blogs/containers/';
    const html = renderInline([
      { kind: 'text', text: 'Read ' },
      { kind: 'text', text: 'the ', marks: [link(href)] },
      { kind: 'text', text: 'blog', marks: [{ type: 'bold' }, link(href)] },
      { kind: 'text', text: ' now', marks: [link('https://other.example/')] },
    ]);
    const anchors = Array.from(parseHtml(html).querySelectorAll('a'));
    expect(anchors.map((a) => [a.getAttribute('href'), a.innerHTML])).toEqual([
      [href, 'the <strong>blog</strong>'],
      ['https://other.example/', ' now'],
    ]);
    expect(anchors[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(anchors[0]?.getAttribute('target')).toBe('_blank');
  });

  it('escapes the href and the title of a link', () => {
    const html = renderInline([
      {
        kind: 'text',
        text: 'x',
        marks: [link('https://example.com/?a=1&b="2"', 'say "hi" <now>')],
      },
    ]);
    const anchor = parseHtml(html).querySelector('a');
    expect(anchor?.getAttribute('href')).toBe('https://example.com/?a=1&b="2"');
    expect(anchor?.getAttribute('title')).toBe('say "hi" <now>');
    expect(anchor?.attributes).toHaveLength(4);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '&#106;avascript:alert(1)',
    '%6Aavascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'blob:https://example.com/1',
    '" onmouseover="alert(1)',
  ])('renders a link to %j as plain text', (href) => {
    const html = renderInline([
      { kind: 'text', text: 'click <me>', marks: [link(href), { type: 'bold' }] },
    ]);
    const fragment = parseHtml(html);
    expect(inertnessProblems(html)).toEqual([]);
    expect(fragment.querySelector('strong')?.textContent).toBe('click <me>');
    if (href.startsWith('"')) {
      // A relative URL made of quotes is harmless once escaped: it stays inside the attribute.
      expect(fragment.querySelector('a')?.attributes).toHaveLength(3);
    } else {
      expect(fragment.querySelector('a')).toBeNull();
    }
  });

  it('renders raw inline markdown through the safe markdown renderer it is given', () => {
    const html = renderInline(
      [
        { kind: 'text', text: 'see ' },
        { kind: 'raw', markdown: '![diagram](https://example.com/d.png)' },
        { kind: 'raw', markdown: '<img src=x onerror=alert(1)>' },
        { kind: 'raw', markdown: '![x](javascript:alert(1))' },
      ],
      renderMarkdownInline,
    );
    const images = parseHtml(html).querySelectorAll('img');
    expect(inertnessProblems(html)).toEqual([]);
    expect(Array.from(images).map((i) => i.getAttribute('src'))).toEqual([
      'https://example.com/d.png',
      null,
    ]);
    // Raw HTML shows what a browser shows of it as text: an img tag shows nothing.
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('<p>');
  });

  it('shows raw runs as written by default, as the editor does', () => {
    const html = renderInline([
      { kind: 'text', text: 'see ' },
      { kind: 'raw', markdown: '![x](javascript:alert(1)) <img src=x onerror=alert(1)>' },
    ]);
    const code = parseHtml(html).querySelector('code.raw-inline');
    expect(inertnessProblems(html)).toEqual([]);
    expect(code?.textContent).toBe('![x](javascript:alert(1)) <img src=x onerror=alert(1)>');
  });
});
