import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './parse-front-matter';
import { setFrontMatterValue } from './set-front-matter-value';
import { writeFrontMatter } from './write-front-matter';
import { yamlValueComment } from './yaml-value-comment';

describe('yamlValueComment', () => {
  it('finds the comment after a one-line value, with its spaces', () => {
    expect(yamlValueComment('draft: false   # set by hand\n')).toBe('   # set by hand');
    expect(yamlValueComment('# about tags\ntags: [a, b] # two\r\n')).toBe(' # two');
    expect(yamlValueComment('title: "a # b"\n')).toBe('');
  });

  it('finds none for a value over several lines', () => {
    expect(yamlValueComment('summary: >\n  long # not a comment\n')).toBe('');
    expect(yamlValueComment('tags:\n- a # one\n- b\n')).toBe('');
  });

  it('is kept when the value is set', () => {
    const text = '---\ntitle: x\ndraft: false  # flipped when it goes out\nslug: y\n---\n';
    const fm = setFrontMatterValue(parseFrontMatter(text).frontMatter, 'draft', true);
    expect(writeFrontMatter(fm, '\n')).toBe(text.replace('false', 'true'));
  });
});
