import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithHugo } from './build-with-hugo.ts';
import { addedLinks, collectLinks } from './html/collect-links.ts';
import { normalizeHref } from './html/normalize-href.ts';
import { normalizeHtml } from './html/parse-html.ts';
import { replaceInTextNodes } from './html/replace-in-text-nodes.ts';
import { textBlocks } from './html/text-blocks.ts';
import { undoTypographer } from './html/undo-typographer.ts';

// The harness itself, checked against the real hugo: the site renders markdown the way the
// EKS News site does, and the comparison helpers see what they should.

const frontMatter = '+++\ntitle = "Harness"\nslug = "056"\n+++\n';

describe('buildWithHugo', () => {
  let rendered: Record<string, string> = {};

  beforeAll(async () => {
    rendered = await buildWithHugo({
      shortcode: `${frontMatter}{{< eo >}}\n\nText\n`,
      unsafe: `${frontMatter}<br/><br/>\nText <span class="x">kept</span>\n`,
      typographer: `${frontMatter}"Quoted" -- it's...\n`,
      linkify: `${frontMatter}See www.example.com now\n`,
      heading: `${frontMatter}## New AWS services and features\n`,
      sameSlug: `${frontMatter}Second file with the same slug\n`,
      url: `${frontMatter}[t](<https://e.com/a b(c)>)\n`,
    });
  });

  it('renders the eo shortcode with the stub', () => {
    expect(rendered.shortcode).toContain('<div class="eo-stub"></div>');
  });

  it('passes raw HTML through, as goldmark unsafe = true does', () => {
    expect(rendered.unsafe).toContain('<span class="x">kept</span>');
    expect(rendered.unsafe).toContain('<br/><br/>');
  });

  it('applies the typographer and linkify, on by default in Hugo', () => {
    expect(rendered.typographer).toBe('<p>&ldquo;Quoted&rdquo; &ndash; it&rsquo;s&hellip;</p>\n');
    expect(rendered.linkify).toContain('<a href="https://www.example.com">www.example.com</a>');
  });

  it('gives headings GitHub-style ids', () => {
    expect(rendered.heading).toBe(
      '<h2 id="new-aws-services-and-features">New AWS services and features</h2>\n',
    );
  });

  it('keeps files that share a slug apart', () => {
    expect(rendered.sameSlug).toContain('Second file with the same slug');
    expect(rendered.shortcode).not.toContain('Second file');
  });

  it('percent-encodes what normalizeHref encodes', () => {
    const [link] = collectLinks(rendered.url ?? '');
    expect(link?.href).toBe('https://e.com/a%20b(c)');
    expect(normalizeHref('https://e.com/a b(c)')).toBe(link?.href);
  });

  it('fails loudly on a build error', async () => {
    await expect(
      buildWithHugo({ broken: `${frontMatter}{{< no-such-shortcode >}}\n` }),
    ).rejects.toThrow(/hugo exited/);
  });
});

describe('comparison helpers', () => {
  it('replaceInTextNodes changes text and heading ids, never hrefs', () => {
    const html =
      '<h2 id="kubernetes-news">Kubernetes news</h2>\n<p><a href="https://k.io/Kubernetes">Kubernetes</a></p>';
    expect(replaceInTextNodes(html, 'Kubernetes', 'K8s-Kubernetes')).toBe(
      '<h2 id="k8s-kubernetes-news">K8s-Kubernetes news</h2>\n<p><a href="https://k.io/Kubernetes">K8s-Kubernetes</a></p>',
    );
  });

  it('normalizeHtml gives one form for equivalent markup', () => {
    expect(normalizeHtml('<p>it&rsquo;s &amp; <a href="x">y</a></p>')).toBe(
      normalizeHtml('<p>it’s &amp; <a href="x">y</a></p>'),
    );
    expect(normalizeHtml('<p>a</p>')).not.toBe(normalizeHtml('<p>b</p>'));
  });

  it('normalizeHref keeps escapes and encodes what goldmark encodes', () => {
    expect(normalizeHref('https://e.com/%2f x[1]é%zz')).toBe(
      'https://e.com/%2F%20x%5B1%5D%C3%A9%25zz',
    );
    expect(normalizeHref(normalizeHref('https://e.com/a b'))).toBe('https://e.com/a%20b');
  });

  it('addedLinks counts repeated links', () => {
    const a = { text: 'a', href: 'x' };
    const b = { text: 'b', href: 'y' };
    expect(addedLinks([a], [a, a, b])).toEqual([a, b]);
    expect(addedLinks([a, b], [b, a])).toEqual([]);
  });

  it('textBlocks reads list items without their nested lists', () => {
    expect(textBlocks('<ul><li><a href="u">Title</a><ul><li>Bullet</li></ul></li></ul>')).toEqual([
      'Title',
      'Bullet',
    ]);
    expect(textBlocks('<ul><li><p>Title</p><ul><li>Bullet</li></ul></li></ul>')).toEqual([
      '',
      'Title',
      'Bullet',
    ]);
  });

  it('undoTypographer maps smart punctuation back to what was typed', () => {
    expect(undoTypographer('“Quoted” – it’s…')).toBe('"Quoted" -- it\'s...');
  });
});
