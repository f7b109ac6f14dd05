import { describe, expect, it } from 'vitest';
import { sameData } from './same-data';
import { buildTestIssue } from '../../test/support/test-issue';

describe('sameData', () => {
  it('finds an issue equal to its JSON round trip, undefined fields included', () => {
    const issue = { ...buildTestIssue(), epilogue: '', extra: undefined };
    expect(sameData(issue, JSON.parse(JSON.stringify(issue)))).toBe(true);
  });

  it('counts a key holding undefined as absent, on either side', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameData({ a: 1, b: undefined }, { a: 1, c: 2 })).toBe(false);
  });

  it.each([
    ['a changed leaf', { a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }],
    ['an added key', { a: 1 }, { a: 1, b: 2 }],
    ['a longer array', [1, 2], [1, 2, 3]],
    ['an array against an object', { 0: 'a' }, ['a']],
    ['null against an object', null, {}],
    ['a number against its text', 1, '1'],
  ])('tells %s apart', (_label, a, b) => {
    expect(sameData(a, b)).toBe(false);
    expect(sameData(b, a)).toBe(false);
  });
});
