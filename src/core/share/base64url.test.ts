import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from './base64url.ts';
import { encodeBase64Url } from './encode-base64url.ts';

describe('base64url', () => {
  it('encodes as Node does, without padding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      }),
    );
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the URL-safe alphabet', () => {
    for (const text of ['ab+d', 'ab/d', 'ab=d', 'ab d', 'abé1', 'ab%2']) {
      expect(decodeBase64Url(text)).toBeUndefined();
    }
  });

  it('refuses a length that no encoder produces', () => {
    expect(decodeBase64Url('abcde')).toBeUndefined();
    expect(decodeBase64Url('a')).toBeUndefined();
  });

  it('decodes the empty text to no bytes', () => {
    expect(decodeBase64Url('')).toEqual(new Uint8Array(0));
  });
});
