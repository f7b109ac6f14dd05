import { afterEach, describe, expect, it, vi } from 'vitest';
import { REVIEW_LINK_FORMATS } from './review-link-formats';
import {
  fragmentNeedsDictionary,
  requestShareDictionary,
  requestShareDictionaryEarly,
} from './share-dictionary-request';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the early request for the share dictionary', () => {
  it('is made once and taken once: a later request (a retry) fetches again', async () => {
    const fetch = vi.fn(async () => new Response('dictionary'));
    vi.stubGlobal('fetch', fetch);
    requestShareDictionaryEarly();
    requestShareDictionaryEarly();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await (await requestShareDictionary()).text()).toBe('dictionary');
    expect(fetch).toHaveBeenCalledTimes(1);
    await requestShareDictionary();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('hands a failure to whoever takes it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    requestShareDictionaryEarly();
    await expect(requestShareDictionary()).rejects.toThrow('Failed to fetch');
  });

  it('is wanted only for links in the dictionary format', () => {
    expect(fragmentNeedsDictionary('#2.AbC-_')).toBe(true);
    expect(fragmentNeedsDictionary('2.AbC')).toBe(true);
    expect(fragmentNeedsDictionary('#1.AbC')).toBe(false);
    expect(fragmentNeedsDictionary('#n1.AbC')).toBe(false);
    expect(fragmentNeedsDictionary('#22.AbC')).toBe(false);
    expect(fragmentNeedsDictionary('')).toBe(false);
  });

  it('keeps in step with the link formats: exactly those that need the dictionary', () => {
    for (const format of REVIEW_LINK_FORMATS) {
      expect(fragmentNeedsDictionary(`#${format.tag}.AbC`)).toBe(format.dictionary === 'v2');
    }
  });
});
