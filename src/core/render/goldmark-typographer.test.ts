import { describe, expect, it } from 'vitest';
import { renderMarkdownInline } from './render-markdown';
import { typographize } from './goldmark-typographer';

// Each expectation is what Hugo 0.111 rendered for the same markdown (test/hugo checks the
// archive and more cases against the real hugo).
describe('typographize', () => {
  it.each([
    ['He said "hello" and \'bye\'.', 'He said \u201chello\u201d and \u2018bye\u2019.'],
    ["It's the '90s", 'It\u2019s the \u201990s'],
    ['"nested \'inner\' quotes"', '\u201cnested \u2018inner\u2019 quotes\u201d'],
    ['5\'10" tall', '5\'10" tall'],
    ["rock 'n' roll", 'rock \u2019n\u2019 roll'],
    ['(think "cattle, not pets")', '(think \u201ccattle, not pets\u201d)'],
    ['"Of Wind & Will (O\' WaW)",', '\u201cOf Wind & Will (O\u2019 WaW)\u201d,'],
    ['En -- em --- four ---- dots...', 'En \u2013 em \u2014 four \u2014- dots\u2026'],
  ])('%s', (text, expected) => {
    expect(typographize(text)).toBe(expected);
  });

  it('leaves code, autolinks and escaped quotes alone in markdown', () => {
    expect(renderMarkdownInline('`a -- "b"` <https://e.com/a--b> \\"c\\"')).toBe(
      '<code>a -- &quot;b&quot;</code> <a href="https://e.com/a--b" rel="noopener noreferrer" target="_blank">https://e.com/a--b</a> &quot;c&quot;',
    );
  });

  it('makes guillemets before markdown reads raw HTML', () => {
    expect(renderMarkdownInline('<<guillemets>>')).toBe('\u00abguillemets\u00bb');
  });

  it('does not rewrite (c), +- or repeated punctuation, as markdown-it would', () => {
    expect(renderMarkdownInline('(c) (tm) +- ?????')).toBe('(c) (tm) +- ?????');
  });
});
