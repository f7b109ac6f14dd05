// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inertnessProblems, parseHtml } from '../../../test/helpers/inert-html';
import { card, issue, section } from '../../../test/support/model-builders';
import { renderIssue } from './render-issue';

describe('renderIssue with hostile content', () => {
  const hostileIssue = issue({
    frontMatter: {
      format: 'toml',
      open: '+++',
      entries: [
        { key: 'title', value: '</h1><script>alert(1)</script>' },
        { key: 'date', value: '"><svg onload=alert(1)>' },
      ],
      close: '+++\n',
    },
    preamble: '{{< eo >}}\n<img src=x onerror=alert(1)>\n',
    intro: [
      {
        kind: 'raw',
        id: 'r',
        markdown: '[x](javascript:alert(1)) <svg onload=alert(1)>',
        after: '',
      },
    ],
    sections: [
      section(
        's"><script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        [
          card(
            'c" onmouseover="alert(1)',
            '<script>alert("title")</script>',
            'javascript:alert(1)',
            {
              tag: '<b onclick=alert(1)>Blog</b>',
              bullets: [
                {
                  id: 'b"><script>x</script>',
                  depth: 1,
                  content: [
                    {
                      kind: 'text',
                      text: 'bad',
                      marks: [{ type: 'link', href: 'data:text/html,<script>alert(1)</script>' }],
                    },
                  ],
                  after: '',
                },
                {
                  id: 'b2',
                  depth: 2,
                  content: [{ kind: 'raw', markdown: '![x](javascript:alert(1))' }],
                  after: '',
                },
                {
                  id: 'b3',
                  depth: 3,
                  content: [{ kind: 'text', text: '<img src=x onerror=alert(1)>' }],
                  after: '',
                },
              ],
            },
          ),
          card('c2', 'Hidden scheme', 'java\tscript:alert(1)'),
          card('c3', 'Entity scheme', '&#106;avascript:alert(1)'),
          card('c4', 'Data URL', 'data:text/html;base64,PHNjcmlwdD4='),
          card('c5', 'Attribute break', 'https://example.com/"><script>alert(1)</script>'),
        ],
        9,
      ),
    ],
    epilogue: '<script>alert(1)</script>\n',
  });
  const html = renderIssue(hostileIssue);
  const fragment = parseHtml(html);

  it('contains nothing that could run script', () => {
    expect(inertnessProblems(html)).toEqual([]);
    expect(fragment.querySelectorAll('script, svg, img[onerror]')).toHaveLength(0);
  });

  it('shows hostile titles, tags and headings as text', () => {
    expect(fragment.querySelector('h1')?.textContent).toBe('</h1><script>alert(1)</script>');
    expect(fragment.querySelector('section > h6')?.textContent).toBe(
      '<img src=x onerror=alert(1)>',
    );
    const first = fragment.querySelector('li.card');
    expect(first?.getAttribute('data-card-id')).toBe('c" onmouseover="alert(1)');
    expect(first?.hasAttribute('onmouseover')).toBe(false);
    // As text, with the quotes Hugo's typographer makes of it.
    expect(first?.querySelector('.card-title')?.textContent).toBe(
      '<script>alert(\u201ctitle\u201d)</script>',
    );
  });

  it('drops the links of cards and bullets whose URL is unsafe', () => {
    const titles = Array.from(fragment.querySelectorAll('li.card .card-title'));
    expect(titles.map((t) => t.parentElement?.tagName)).toEqual(['LI', 'LI', 'LI', 'LI', 'A']);
    expect(fragment.querySelector('#card-c5 > a')?.getAttribute('href')).toBe(
      'https://example.com/"><script>alert(1)</script>',
    );
    const hrefs = Array.from(fragment.querySelectorAll('[href]')).map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs).toEqual(['https://example.com/"><script>alert(1)</script>']);
  });
});
