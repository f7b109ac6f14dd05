import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { getFrontMatterDate } from './get-front-matter-date';
import { getFrontMatterString } from './get-front-matter-string';
import { getFrontMatterStringArray } from './get-front-matter-string-array';
import { getFrontMatterValue } from './get-front-matter-value';
import { parseFrontMatter } from './parse-front-matter';

describe('front matter getters', () => {
  const { frontMatter } = parseFrontMatter(readCorpus('000.md'));

  it('read strings, dates and string arrays by key', () => {
    expect(getFrontMatterString(frontMatter, 'title')).toBe('EKS News 000');
    expect(getFrontMatterDate(frontMatter, 'date')).toBe('2022-01-07T08:00:00Z');
    expect(getFrontMatterStringArray(frontMatter, 'categories')).toEqual([
      'Archive',
      '2022',
      'Weekly',
    ]);
    expect(getFrontMatterValue(frontMatter, 'draft')).toBe(false);
  });

  it('return undefined for a missing key or a value of another type', () => {
    expect(getFrontMatterString(frontMatter, 'description')).toBeUndefined();
    expect(getFrontMatterString(frontMatter, 'draft')).toBeUndefined();
    expect(getFrontMatterDate(frontMatter, 'draft')).toBeUndefined();
    expect(getFrontMatterStringArray(frontMatter, 'title')).toBeUndefined();
  });

  it('read a quoted date as a date', () => {
    const quoted = parseFrontMatter('+++\ndate = "2024-01-01"\n+++\n').frontMatter;
    expect(getFrontMatterDate(quoted, 'date')).toBe('2024-01-01');
  });
});
