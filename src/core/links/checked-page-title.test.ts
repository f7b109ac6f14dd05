import { describe, expect, it } from 'vitest';
import { checkedPageTitle } from './checked-page-title';

describe('checkedPageTitle', () => {
  it('keeps a plain title, trimmed, its white space made single spaces', () => {
    expect(checkedPageTitle('  Amazon EKS\n now   supports\tthings ')).toBe(
      'Amazon EKS now supports things',
    );
  });

  it('refuses what is not a string, or is empty once trimmed', () => {
    for (const value of [undefined, null, 42, { title: 'x' }, ['x'], '', '   \n ']) {
      expect(checkedPageTitle(value)).toBeUndefined();
    }
  });

  it('takes 300 characters and refuses 301', () => {
    expect(checkedPageTitle('a'.repeat(300))).toBe('a'.repeat(300));
    expect(checkedPageTitle('a'.repeat(301))).toBeUndefined();
  });

  it('refuses control characters that are not white space', () => {
    for (const bad of [
      'Title\u0000',
      'Ti\u0007tle',
      'Title\u007f',
      'Ti\u0085tle',
      '\u001b[31mred',
    ]) {
      expect(checkedPageTitle(bad)).toBeUndefined();
    }
  });
});
