import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DICTIONARY_OPTIONS,
  selectDictionarySegments,
  type DictionaryOptions,
} from './select-dictionary-segments.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const CORPUS = new URL('../../../test/fixtures/eks-news/', import.meta.url);

const SMALL: DictionaryOptions = { ...DEFAULT_DICTIONARY_OPTIONS, maxBytes: 400, windowBytes: 48 };
const EVERYWHERE = '## New AWS services and features — café';
const TWICE = '* [**Blog**] [Karpenter’s new release](https://karpenter.sh/';

function issues(): Uint8Array[] {
  const unique = ['qzxv wbnm ptrk', 'hjgf dsla yueo', 'mnbv cxzl kjhg', 'poiu ytre wqas'];
  return unique.map((noise, n) =>
    encoder.encode(`${noise} ${EVERYWHERE} ${noise}${n < 2 ? ` ${TWICE} ${noise}` : ''}\n`),
  );
}

function dictionaryText(segments: Uint8Array[]): string {
  return segments.map((segment) => decoder.decode(segment)).join('');
}

describe('selectDictionarySegments', () => {
  it('keeps text that recurs across issues and drops text found in one only', () => {
    const text = dictionaryText(selectDictionarySegments(issues(), SMALL));
    expect(text).toContain(EVERYWHERE);
    expect(text).toContain('[Karpenter’s new release]');
    expect(text).toContain('(https://karpenter.sh/');
    expect(text).not.toContain('qzxv');
    expect(text).not.toContain('poiu');
  });

  it('puts what recurs most at the end, nearest to the compressed text', () => {
    const text = dictionaryText(selectDictionarySegments(issues(), SMALL));
    expect(text.indexOf(EVERYWHERE)).toBeGreaterThan(text.indexOf('Karpenter’s'));
  });

  it('stays within the size limit and cuts only between characters', () => {
    const segments = selectDictionarySegments(issues(), { ...SMALL, maxBytes: 30 });
    const size = segments.reduce((sum, segment) => sum + segment.length, 0);
    expect(size).toBeLessThanOrEqual(30);
    expect(() => dictionaryText(segments)).not.toThrow();
  });

  it('matches the committed dictionary, rebuilt from issues 000-070', () => {
    // Links of format 2 depend on these exact bytes: if this fails, the committed dictionary
    // or the selection changed, and old links would no longer open.
    const corpus = Array.from({ length: 71 }, (_, n) =>
      readFileSync(new URL(`${String(n).padStart(3, '0')}.md`, CORPUS)),
    );
    const rebuilt = encoder.encode(dictionaryText(selectDictionarySegments(corpus)));
    const committed = readFileSync(new URL('share-dictionary-v2.txt', import.meta.url));
    expect(Buffer.from(rebuilt).equals(committed)).toBe(true);
    expect(committed.length).toBeLessThanOrEqual(32768);
  }, 60_000);
});
