import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestShareDictionary, requestShareDictionaryEarly } from './share-dictionary-request';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the early request for the share dictionary', () => {
  it('is made once and taken once: a later request (a retry) fetches again', async () => {
    const fetch = vi.fn(async () => new Response('dictionary'));
    vi.stubGlobal('fetch', fetch);
    requestShareDictionaryEarly('#2.AbC-_');
    requestShareDictionaryEarly('#2.AbC-_');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await (await requestShareDictionary('v2')).text()).toBe('dictionary');
    expect(fetch).toHaveBeenCalledTimes(1);
    await requestShareDictionary('v2');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('hands a failure to whoever takes it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    requestShareDictionaryEarly('2.AbC');
    await expect(requestShareDictionary('v2')).rejects.toThrow('Failed to fetch');
  });

  it('is made only for links whose format has a dictionary', () => {
    const fetch = vi.fn(async () => new Response('dictionary'));
    vi.stubGlobal('fetch', fetch);
    for (const fragment of ['#1.AbC', '#n1.AbC', '#22.AbC', '', '#', 'x']) {
      requestShareDictionaryEarly(fragment);
    }
    expect(fetch).not.toHaveBeenCalled();
  });
});
