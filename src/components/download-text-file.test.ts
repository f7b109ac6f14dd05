// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadTextFile } from './download-text-file';

describe('downloadTextFile', () => {
  afterEach(() => vi.restoreAllMocks());

  it('saves the text byte for byte under the name, and leaves nothing in the page', async () => {
    let saved: { name: string; blob: Blob; inPage: boolean } | undefined;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.set('blob:test', blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved = { name: this.download, blob: blobs.get(this.href)!, inPage: this.isConnected };
    });

    downloadTextFile('2024-05-01.json', '\uFEFF{"a":"é"}\r\n', 'application/json');

    expect(saved?.name).toBe('2024-05-01.json');
    expect(saved?.inPage).toBe(true);
    expect(saved?.blob.type).toBe('application/json;charset=utf-8');
    const bytes = [...new Uint8Array(await saved!.blob.arrayBuffer())];
    expect(bytes).toEqual([...new TextEncoder().encode('\uFEFF{"a":"é"}\r\n')]);
    expect(document.querySelector('a')).toBeNull();
  });
});
