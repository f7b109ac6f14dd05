import { describe, expect, it } from 'vitest';
import { isSiteRooted } from './is-site-rooted';

describe('isSiteRooted', () => {
  it('is a path or an anchor of the same site', () => {
    expect(isSiteRooted('/flux/guides/')).toBe(true);
    expect(isSiteRooted('/#calendar')).toBe(true);
    expect(isSiteRooted('#events')).toBe(true);
  });

  it('is not a link missing its scheme, another host, or another scheme', () => {
    expect(isSiteRooted('karpenter.sh')).toBe(false);
    expect(isSiteRooted('//example.com/x')).toBe(false);
    expect(isSiteRooted('https://example.com/')).toBe(false);
    expect(isSiteRooted('javascript:alert(1)')).toBe(false);
  });
});
