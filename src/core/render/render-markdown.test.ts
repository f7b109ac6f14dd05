// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inertnessProblems, parseHtml } from '../../../test/helpers/inert-html';
import { renderMarkdown, renderMarkdownInline } from './render-markdown';

const hostile: Array<[string, string]> = [
  ['link to javascript:', '[click](javascript:alert(1))'],
  ['link to JavaScript: in angle brackets with a tab', '[click](<java\tscript:alert(1)>)'],
  ['link hidden behind an entity', '[click](&#106;avascript:alert(1))'],
  ['link to vbscript:', '[click](vbscript:msgbox(1))'],
  ['link to data:', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['reference definition to javascript:', '[click][x]\n\n[x]: javascript:alert(1)'],
  ['autolink to javascript:', '<javascript:alert(1)>'],
  ['autolink to an unlisted scheme', '<xmpp:someone@example.com>'],
  ['image from data:', '![pic](data:image/svg+xml,<svg/onload=alert(1)>)'],
  ['image from javascript:', '![pic](javascript:alert(1))'],
  ['img with onerror', '<img src=x onerror=alert(1)>'],
  ['inline img with onerror', 'text <img src=x onerror="alert(1)"> text'],
  ['svg with onload', '<svg onload=alert(1)><circle/></svg>'],
  ['script block', '<script>alert(1)</script>'],
  ['inline script', 'a <script>alert(1)</script> b'],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe>'],
  ['br with a handler', 'a <br onmouseover=alert(1)> b'],
  ['br with a style', 'a <br style="x"/> b'],
  ['style block', '<style>body{display:none}</style>'],
  ['quote breaking a title', '[a](https://example.com "x\\" onmouseover=\\"alert(1)")'],
  ['quote breaking a destination', '[a](<https://example.com/" onmouseover="alert(1)>)'],
  ['html comment', '<!-- <script>alert(1)</script> -->'],
  ['html in a table', '| a |\n|---|\n| <img src=x onerror=alert(1)> |'],
  ['shortcode with html args', '{{< x "<img src=x onerror=alert(1)>" >}}'],
  ['shortcode name with a quote', '{{< a"onclick=alert(1) >}}'],
];

describe('the inertness check used below', () => {
  it.each([
    '<img src=x onerror=alert(1)>',
    '<a href=" java\tscript:alert(1)">x</a>',
    '<svg></svg>',
    '<p style="color:red">x</p>',
  ])('catches %s', (html) => {
    expect(inertnessProblems(html)).not.toEqual([]);
  });
});

describe('renderMarkdown never lets script through', () => {
  it.each(hostile)('%s', (_label, markdown) => {
    const html = renderMarkdown(markdown);
    expect(inertnessProblems(html)).toEqual([]);
    expect(html).not.toMatch(/<(script|img[^>]*onerror|svg|iframe|style)/i);
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
  });

  it('drops the href of an unsafe link but keeps its text', () => {
    const fragment = parseHtml(renderMarkdown('[click me](javascript:alert(1))'));
    const anchor = fragment.querySelector('a');
    expect(anchor?.hasAttribute('href')).toBe(false);
    expect(fragment.textContent).toContain('click me');
  });

  it('drops the src of an unsafe image but keeps its alt text', () => {
    const image = parseHtml(
      renderMarkdown('![a diagram](data:image/png;base64,AAAA)'),
    ).querySelector('img');
    expect(image?.hasAttribute('src')).toBe(false);
    expect(image?.getAttribute('alt')).toBe('a diagram');
  });

  it('shows the text of raw HTML as the site shows it, and none of its elements', () => {
    const fragment = parseHtml(
      renderMarkdown(
        '<img src=x onerror=alert(1)>\n\nText <span class="x">kept</span> &amp; <a href="https://e.com">linked</a> <script>hidden()</script>\n\n<div class="box">\nBlock of <b>HTML</b> &lt;3\n</div>\n<!-- a comment -->\n<style>p { color: red }</style>\n',
      ),
    );
    expect(fragment.querySelectorAll('img, span, a, script, div, b, style')).toHaveLength(0);
    expect(fragment.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Text kept & linked Block of HTML <3',
    );
  });
});

describe('renderMarkdown keeps what the newsletter uses', () => {
  it('keeps bare <br> tags in every spelling, and nothing more', () => {
    const fragment = parseHtml(renderMarkdown('<br/><br/><br/><br/>\nText <br> and <BR /> end'));
    expect(fragment.querySelectorAll('br')).toHaveLength(6);
    expect(fragment.querySelector('p')?.textContent).toBe('\nText  and  end');
  });

  it('keeps a <br/> on a line of its own', () => {
    expect(parseHtml(renderMarkdown('<br/>\n')).querySelectorAll('br')).toHaveLength(1);
  });

  it('renders safe links opening in a new tab, fragments on the page', () => {
    const fragment = parseHtml(
      renderMarkdown(
        '[a](https://example.com/x?a=1&b=2) [m](mailto:a@example.com) [f](#top) [r](karpenter.sh)',
      ),
    );
    const anchors = Array.from(fragment.querySelectorAll('a'));
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/x?a=1&b=2',
      'mailto:a@example.com',
      '#top',
      'karpenter.sh',
    ]);
    expect(anchors.map((a) => a.getAttribute('target'))).toEqual([
      '_blank',
      '_blank',
      null,
      '_blank',
    ]);
    expect(anchors[0]?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders GFM as goldmark does: tables, strikethrough, bare URLs, task lists', () => {
    const markdown =
      '| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ www.example.com\n\n- [x] done\n- [ ] open\n';
    const fragment = parseHtml(renderMarkdown(markdown));
    expect(fragment.querySelectorAll('td')).toHaveLength(2);
    expect(fragment.querySelector('del')?.textContent).toBe('gone');
    // Hugo 0.111's goldmark links a bare www. domain over https.
    expect(fragment.querySelector('a')?.getAttribute('href')).toBe('https://www.example.com');
    expect(fragment.querySelectorAll('input[type="checkbox"][disabled]')).toHaveLength(2);
  });
});

describe('Hugo shortcodes', () => {
  it('shows a shortcode alone on a line as a block placeholder', () => {
    const fragment = parseHtml(renderMarkdown('{{< eo >}}\n\n<br/><br/>\n'));
    const placeholder = fragment.firstElementChild;
    expect(placeholder?.tagName).toBe('DIV');
    expect(placeholder?.className).toBe('shortcode');
    expect(placeholder?.getAttribute('data-shortcode')).toBe('eo');
    expect(placeholder?.textContent).toBe('Shortcode: eo');
  });

  it('shows a shortcode inside text as an inline placeholder', () => {
    const fragment = parseHtml(renderMarkdown('Watch {{< youtube id="abc" >}} now'));
    const span = fragment.querySelector('p > span.shortcode');
    expect(span?.getAttribute('data-shortcode')).toBe('youtube');
    expect(span?.getAttribute('title')).toBe('id="abc"');
    expect(fragment.textContent).toBe('Watch Shortcode: youtube now');
  });

  it('handles the % form and closing shortcodes', () => {
    const fragment = parseHtml(renderMarkdown('{{% notice info %}}\n\nBody\n\n{{% /notice %}}\n'));
    const labels = Array.from(fragment.querySelectorAll('.shortcode')).map((e) => e.textContent);
    expect(labels).toEqual(['Shortcode: notice', 'End of shortcode: notice']);
    expect(fragment.querySelector('p')?.textContent).toBe('Body');
  });

  it('does not pair mismatched delimiters', () => {
    expect(renderMarkdown('{{< eo %}}')).not.toContain('shortcode');
  });

  it('shows the comment form literally, as Hugo does', () => {
    expect(parseHtml(renderMarkdown('{{</* eo */>}}')).textContent).toBe('{{< eo >}}');
  });

  it('leaves the broken `< eo >` of issue 063 as text', () => {
    const fragment = parseHtml(renderMarkdown('< eo >\n'));
    expect(fragment.querySelector('.shortcode')).toBeNull();
    expect(fragment.textContent?.trim()).toBe('< eo >');
  });

  it('cannot be forged with the private placeholder characters', () => {
    expect(renderMarkdown('x\ue0000\ue001y')).toBe('<p>x0y</p>');
  });

  it('leaves double braces that are not shortcodes alone', () => {
    expect(parseHtml(renderMarkdown('`<key>:"{{SessionName}}"`')).textContent).toBe(
      '<key>:"{{SessionName}}"',
    );
  });
});

describe('renderMarkdownInline', () => {
  it('drops the paragraph around a single line', () => {
    expect(renderMarkdownInline('an *image*')).toBe('an <em>image</em>');
  });

  it('keeps block structure when there is more than one paragraph', () => {
    expect(renderMarkdownInline('a\n\nb')).toBe('<p>a</p>\n<p>b</p>');
  });
});
