import { describe, expect, it } from 'vitest';
import { renderMarkdownInline } from './render-markdown';

function hrefs(markdown: string): string[] {
  return [...renderMarkdownInline(markdown).matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

// Each expectation is what Hugo 0.111 linked in the same markdown (test/hugo checks the archive
// and more cases against the real hugo).
describe('bare URLs, linked as goldmark links them', () => {
  it.each([
    ['Read https://example.com/docs/guide now.', ['https://example.com/docs/guide']],
    ['See www.example.org/path, then', ['https://www.example.org/path']],
    ['mail team@example.com.', ['mailto:team@example.com']],
    ['(https://example.com/in-parens) and', ['https://example.com/in-parens']],
    ['https://example.com/a_b?x=1&y=2; done', ['https://example.com/a_b?x=1&amp;y=2;']],
    [
      'https://example.com/a. https://example.com/b, https://example.com/c!',
      ['https://example.com/a', 'https://example.com/b', 'https://example.com/c'],
    ],
    [
      '"https://example.com/f" and https://example.com/g\'s',
      ['https://example.com/f&quot;', "https://example.com/g's"],
    ],
    [
      '[a [b](https://example.com/b)](https://example.com/a).',
      ['https://example.com/b', 'https://example.com/a)'],
    ],
    ['example.com and //example.com and user@localhost', []],
  ])('%s', (markdown, expected) => {
    expect(hrefs(markdown)).toEqual(expected);
  });

  it('keeps an entity inside a URL as written, in its text and its href', () => {
    expect(renderMarkdownInline('https://e.com/x&amp;y z')).toBe(
      '<a href="https://e.com/x&amp;amp;y" rel="noopener noreferrer" target="_blank">https://e.com/x&amp;amp;y</a> z',
    );
  });

  it('does not link inside a link or code', () => {
    expect(hrefs('[see https://example.com/x](https://example.com/y) `https://e.com`')).toEqual([
      'https://example.com/y',
    ]);
  });
});
