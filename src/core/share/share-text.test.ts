import { describe, expect, it } from 'vitest';
import { bytesOfText } from './bytes-of-text.ts';
import { textFromBytes } from './share-text.ts';

describe('share text', () => {
  it('keeps tab, line feed, vertical tab, form feed and carriage return', () => {
    const text = 'a\tb\nc\u000bd\u000ce\r\n';
    expect(textFromBytes(bytesOfText(text))).toBe(text);
  });

  it('keeps a leading byte order mark', () => {
    expect(textFromBytes(bytesOfText('\uFEFF+++'))).toBe('\uFEFF+++');
  });

  it('replaces NUL, other control characters and lone surrogates with U+FFFD', () => {
    expect(textFromBytes(bytesOfText('a\u0000b\u0001c\u001fd\u007fe\ud800'))).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD',
    );
  });

  it('refuses invalid UTF-8', () => {
    expect(textFromBytes(new Uint8Array([0x61, 0xc3]))).toBeUndefined();
    expect(textFromBytes(new Uint8Array([0xff, 0xfe, 0x61]))).toBeUndefined();
  });

  it('refuses NUL and binary control bytes', () => {
    expect(textFromBytes(new Uint8Array([0x61, 0x00, 0x62]))).toBeUndefined();
    expect(textFromBytes(new Uint8Array([0x01, 0x02, 0x03]))).toBeUndefined();
  });
});
