import { describe, expect, it } from 'vitest';
import { defaultValueText } from './default-value-text';
import { eksNewsTemplate } from './eks-news';
import { readDefaultValueText } from './read-default-value-text';

describe('defaultValueText and readDefaultValueText', () => {
  it('reads back every EKS News default it shows, and shows no text for the date', () => {
    for (const [key, value] of eksNewsTemplate.frontMatter.entries) {
      const text = defaultValueText(value);
      if (key === 'date') {
        expect(text).toBeUndefined();
        continue;
      }
      expect(readDefaultValueText(text!, value)).toEqual({ value });
    }
  });

  it('reads each kind of value as the kind the entry has', () => {
    expect(readDefaultValueText('  EKS News {number} ', 'x')).toEqual({
      value: '  EKS News {number} ',
    });
    expect(readDefaultValueText(' 12 ', 3)).toEqual({ value: 12 });
    expect(readDefaultValueText('true', false)).toEqual({ value: true });
    expect(readDefaultValueText('["Archive", "{year}"]', ['x'])).toEqual({
      value: ['Archive', '{year}'],
    });
    expect(readDefaultValueText('{"a": 1}', { b: 2 })).toEqual({ value: { a: 1 } });
  });

  it('says what it expected when the text is not of the kind', () => {
    expect(readDefaultValueText('three', 3)).toEqual({ problem: 'expected a number, such as 3' });
    expect(readDefaultValueText('', 3)).toEqual({ problem: 'expected a number, such as 3' });
    expect(readDefaultValueText('yes', false)).toEqual({ problem: 'expected true or false' });
    expect(readDefaultValueText('Archive, 2024', ['x'])).toEqual({
      problem: 'expected a list written as JSON, such as ["Archive", "{year}"]',
    });
    expect(readDefaultValueText('{"a": 1}', ['x'])).toMatchObject({ problem: /a list/ });
    expect(readDefaultValueText('[1]', { a: 1 })).toMatchObject({ problem: /a table/ });
    expect(readDefaultValueText('null', { a: 1 })).toMatchObject({ problem: /a table/ });
  });
});
