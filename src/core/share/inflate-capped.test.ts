import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { INFLATE_SLICE_BYTES, inflateCapped } from './inflate-capped.ts';

const text = new TextEncoder().encode('* [Amazon EKS](https://aws.amazon.com/eks/)\n'.repeat(200));
/** Raw deflate can expand at most this much (258-byte matches at 2 bits each, and some). */
const MAX_DEFLATE_RATIO = 1032;

describe('inflateCapped', () => {
  it('inflates a whole stream', () => {
    const result = inflateCapped(deflateSync(text), { maxBytes: 1_000_000 });
    expect(result).toEqual({ ok: true, bytes: text });
  });

  it('inflates a stream made with a preset dictionary', () => {
    const dictionary = new TextEncoder().encode('](https://aws.amazon.com/eks/)');
    const result = inflateCapped(deflateSync(text, { dictionary }), { maxBytes: 1e6, dictionary });
    expect(result).toEqual({ ok: true, bytes: text });
  });

  it('reports a cut-off stream as truncated', () => {
    const compressed = deflateSync(text);
    for (const keep of [1, 10, compressed.length - 1]) {
      const result = inflateCapped(compressed.subarray(0, keep), { maxBytes: 1e6 });
      expect(result).toMatchObject({ ok: false, reason: 'truncated' });
    }
    expect(inflateCapped(new Uint8Array(0), { maxBytes: 1e6 })).toMatchObject({
      ok: false,
      reason: 'truncated',
    });
  });

  it('reports garbage and a missing dictionary as corrupt', () => {
    const garbage = new TextEncoder().encode('garbage!garbage!');
    expect(inflateCapped(garbage, { maxBytes: 1e6 })).toMatchObject({ reason: 'corrupt' });
    const dictionary = new TextEncoder().encode('](https://aws.amazon.com/eks/)');
    const withDictionary = deflateSync(text, { dictionary });
    expect(inflateCapped(withDictionary, { maxBytes: 1e6 })).toMatchObject({ reason: 'corrupt' });
  });

  it('stops a decompression bomb soon after the cap, not at its end', () => {
    const bombSize = 16 * 1024 * 1024;
    const bomb = deflateSync(new Uint8Array(bombSize), { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const cap = 2 * 1024 * 1024;
    const result = inflateCapped(bomb, { maxBytes: cap });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    if (result.ok) return;
    expect(result.inflatedBytes).toBeGreaterThan(cap);
    expect(result.inflatedBytes).toBeLessThanOrEqual(cap + MAX_DEFLATE_RATIO * INFLATE_SLICE_BYTES);
    expect(result.inflatedBytes).toBeLessThan(bombSize / 2);
  });

  it('accepts output of exactly the cap', () => {
    const result = inflateCapped(deflateSync(text), { maxBytes: text.length });
    expect(result.ok).toBe(true);
  });
});
