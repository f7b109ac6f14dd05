import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors';
import { readTextFile } from './read-text-file';

describe('readTextFile', () => {
  it('keeps a byte order mark and every other byte', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0xc3, 0xa9]);
    expect(await readTextFile(new Blob([bytes]))).toBe('\uFEFFa\r\né');
  });

  it('refuses bytes that are not UTF-8 with the line they are on', async () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x63, 0xff, 0x0a]);
    const error = await readTextFile(new Blob([bytes])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).line).toBe(3);
  });
});
