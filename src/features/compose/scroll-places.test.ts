// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollPlaces } from './scroll-places';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('scrollPlaces', () => {
  it('keeps a place per issue, and forgets it when the issue was left at the top', () => {
    scrollPlaces.write('a', { blockId: 'c12', offset: 140 });
    scrollPlaces.write('b', { blockId: 'c3', offset: -20 });
    expect(scrollPlaces.read('a')).toEqual({ blockId: 'c12', offset: 140 });
    expect(scrollPlaces.read('b')).toEqual({ blockId: 'c3', offset: -20 });
    scrollPlaces.write('a', undefined);
    expect(scrollPlaces.read('a')).toBeUndefined();
    expect(scrollPlaces.read('c')).toBeUndefined();
  });

  it('reads what is not a place as none', () => {
    for (const text of ['not json', 'null', '[]', '{"blockId":3,"offset":1}', '{"blockId":"c"}']) {
      localStorage.setItem('broadsheet.scroll.x', text);
      expect(scrollPlaces.read('x')).toBeUndefined();
    }
  });

  it('opens at the top where storage is refused', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => scrollPlaces.write('a', { blockId: 'c1', offset: 0 })).not.toThrow();
    expect(scrollPlaces.read('a')).toBeUndefined();
  });
});
