// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBlockRenderer } from './create-block-renderer';
import { parseHtml } from '../../../test/helpers/inert-html';
import { bullet, card, issue, section, text } from '../../../test/support/model-builders';
import { renderBlock } from './render-block';
import { renderIssue } from './render-issue';

const sample = issue({
  sections: [
    section('s1', 'New AWS services and features', [
      card('c1', 'AWS introduces container image signing', 'https://aws.amazon.com/a/', {
        bullets: [
          bullet('b1', 1, 'Sign images'),
          bullet('b2', 2, 'With Notation'),
          bullet('b3', 1, 'Verify'),
        ],
      }),
      card('c2', 'Amazon EMR on EKS', 'https://aws.amazon.com/b/', { tag: 'Blog' }),
    ]),
    section(
      's2',
      'Important Announcement',
      [
        { kind: 'prose', id: 'p2', content: text('We are moving.'), after: '\n' },
        card('c3', 'After the prose', 'https://example.com/c3'),
        {
          kind: 'raw',
          id: 'r1',
          markdown: '> A quote with [a link](https://example.com/q)\n',
          after: '',
        },
        card('c4', 'After the raw block', 'https://example.com/c4'),
      ],
      3,
    ),
  ],
  epilogue: '\n{{< eo >}}\n',
});

describe('renderIssue', () => {
  const fragment = parseHtml(renderIssue(sample));

  it('puts the title and date of the front matter in a header', () => {
    expect(fragment.querySelector('header h1')?.textContent).toBe('EKS News <056> & "friends"');
    const time = fragment.querySelector('header time');
    expect(time?.getAttribute('datetime')).toBe('2023-06-09T07:00:00Z');
    expect(time?.textContent).toBe('June 9, 2023');
  });

  it('leaves the header out on request', () => {
    expect(parseHtml(renderIssue(sample, { header: false })).querySelector('header')).toBeNull();
  });

  it('renders the preamble with its shortcode placeholder and <br/> spacers', () => {
    const preamble = fragment.querySelector('.preamble');
    expect(preamble?.querySelector('.shortcode')?.getAttribute('data-shortcode')).toBe('eo');
    expect(preamble?.querySelectorAll('br')).toHaveLength(4);
  });

  it('renders the intro, then one section per section with its heading level', () => {
    const article = fragment.querySelector('article.issue');
    const order = Array.from(article?.children ?? []).map((e) => e.tagName.toLowerCase());
    expect(order).toEqual(['header', 'div', 'p', 'section', 'section', 'div']);
    const headings = Array.from(fragment.querySelectorAll('section > :first-child'));
    expect(headings.map((h) => [h.tagName, h.textContent])).toEqual([
      ['H2', 'New AWS services and features'],
      ['H3', 'Important Announcement'],
    ]);
    expect(fragment.querySelector('.epilogue .shortcode')?.textContent).toBe('Shortcode: eo');
  });

  it('puts consecutive cards of a section in one list, and starts a new one after other blocks', () => {
    const [first, second] = Array.from(fragment.querySelectorAll('section'));
    expect(first?.querySelectorAll(':scope > ul.cards')).toHaveLength(1);
    expect(first?.querySelectorAll(':scope > ul.cards > li.card')).toHaveLength(2);
    const shape = Array.from(second?.children ?? []).map(
      (e) => e.tagName.toLowerCase() + '.' + e.className,
    );
    expect(shape).toEqual(['h3.', 'p.', 'ul.cards', 'div.raw-block', 'ul.cards']);
    expect(second?.querySelector('.raw-block blockquote a')?.getAttribute('href')).toBe(
      'https://example.com/q',
    );
  });

  it('gives each card an id and data-card-id the editor can scroll to', () => {
    const item = fragment.querySelector('#card-c1');
    expect(item?.getAttribute('data-card-id')).toBe('c1');
    expect(item?.querySelector(':scope > a')?.getAttribute('href')).toBe(
      'https://aws.amazon.com/a/',
    );
    expect(item?.querySelector(':scope > a')?.textContent).toBe(
      'AWS introduces container image signing',
    );
  });

  it('nests the bullets of a card under it', () => {
    const item = fragment.querySelector('#card-c1');
    expect(item?.querySelector(':scope > ul > li')?.firstChild?.textContent).toBe('Sign images');
    expect(item?.querySelector(':scope > ul > li > ul > li')?.textContent).toBe('With Notation');
    expect(item?.querySelectorAll(':scope > ul > li')).toHaveLength(2);
  });

  it('writes a tag before the title as the site does', () => {
    const item = fragment.querySelector('#card-c2');
    expect(item?.textContent).toBe('[Blog] Amazon EMR on EKS');
    expect(item?.querySelector('strong')?.textContent).toBe('Blog');
  });
});

describe('renderBlock', () => {
  it('renders a paragraph-style card (000-022) as a paragraph followed by its bullets', () => {
    const html = renderBlock(
      card('old', 'Old style', 'https://example.com/', {
        style: 'paragraph',
        bullets: [bullet('x', 1, 'first')],
      }),
    );
    const root = parseHtml(html).firstElementChild;
    expect(root?.tagName).toBe('DIV');
    expect(root?.id).toBe('card-old');
    expect(Array.from(root?.children ?? []).map((e) => e.tagName)).toEqual(['P', 'UL']);
  });

  it('gives the same HTML for the same block, so it can be memoized', () => {
    const block = card('m', 'Memo', 'https://example.com/m');
    expect(renderBlock(block)).toBe(renderBlock(structuredClone(block)));
  });
});

describe('createBlockRenderer', () => {
  it('renders an unchanged block once and a replaced block again', () => {
    const render = createBlockRenderer();
    const block = card('m', 'Memo', 'https://example.com/m');
    const first = render(block);
    expect(render(block)).toBe(first);
    const edited = { ...block, title: 'Edited' };
    expect(render(edited)).toContain('Edited');
    expect(render(block)).toBe(first);
  });

  it('gives renderIssue the same result as the plain renderer', () => {
    expect(renderIssue(sample, { renderBlock: createBlockRenderer() })).toBe(renderIssue(sample));
  });
});
