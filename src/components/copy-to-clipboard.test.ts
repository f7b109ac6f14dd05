import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyToClipboard } from './copy-to-clipboard';

function clipboardThat(writeText: (text: string) => Promise<void>) {
  vi.stubGlobal('navigator', { clipboard: { writeText } });
}

describe('copyToClipboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands the text to the browser and resolves to no problem', async () => {
    const written: string[] = [];
    clipboardThat(async (text) => void written.push(text));
    expect(await copyToClipboard('https://example.com/preview#v1')).toBeUndefined();
    expect(written).toEqual(['https://example.com/preview#v1']);
  });

  it('says why when the browser refuses, or has no clipboard to write to', async () => {
    clipboardThat(() =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    );
    expect(await copyToClipboard('x')).toBe(
      'Could not copy to the clipboard (Write permission denied.).',
    );
    vi.stubGlobal('navigator', {});
    expect(await copyToClipboard('x')).toBe('This browser does not allow copying from this page.');
  });
});
