import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { shareDictionaries } from '../../../test/helpers/share-dictionaries';
import { inflateCapped } from '../../core/share/inflate-capped';
import { inflateReviewPayload } from './inflate-review-payload';

const fallback = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../core/share/inflate-capped', async (original) => {
  const real = await original<typeof import('../../core/share/inflate-capped')>();
  return {
    ...real,
    inflateCapped: (...args: Parameters<typeof real.inflateCapped>) => {
      fallback.calls++;
      return real.inflateCapped(...args);
    },
  };
});

const dictionary = shareDictionaries.v2;
const MB = 1024 * 1024;

afterEach(() => {
  fallback.calls = 0;
  vi.unstubAllGlobals();
});

describe('inflateReviewPayload', () => {
  it("inflates with the browser's inflater, preset dictionary included", async () => {
    for (const name of corpusFiles().slice(70)) {
      const bytes = new TextEncoder().encode(readCorpus(name));
      for (const dict of [dictionary, undefined]) {
        const data = deflateSync(bytes, { level: 9, dictionary: dict });
        expect(await inflateReviewPayload(data, dict, 2 * MB)).toEqual({ ok: true, bytes });
      }
    }
    expect(fallback.calls).toBe(0);
  });

  it('stops a decompression bomb at the cap', async () => {
    const bomb = deflateSync(new Uint8Array(24 * MB), { level: 9 });
    const result = await inflateReviewPayload(bomb, undefined, 2 * MB);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.ok ? 0 : result.inflatedBytes).toBeLessThan(8 * MB);
    expect(fallback.calls).toBe(0);
  });

  it('asks fflate why a stream is refused, so messages match the core decoder', async () => {
    const data = deflateSync(new TextEncoder().encode(readCorpus('071.md')), { dictionary });
    const cut = data.subarray(0, data.length - 9);
    const flipped = data.slice();
    flipped[10] = (flipped[10] ?? 0) ^ 0xff;
    for (const broken of [cut, flipped, new Uint8Array([0xff, 0xff, 0xff])]) {
      const expected = inflateCapped(broken, { maxBytes: 2 * MB, dictionary });
      fallback.calls = 0;
      expect(await inflateReviewPayload(broken, dictionary, 2 * MB)).toEqual(expected);
    }
  });

  it('falls back to fflate where the browser has no inflater', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    const bytes = new TextEncoder().encode(readCorpus('056.md'));
    const data = deflateSync(bytes, { dictionary });
    expect(await inflateReviewPayload(data, dictionary, 2 * MB)).toEqual({ ok: true, bytes });
    expect(fallback.calls).toBe(1);
  });
});
