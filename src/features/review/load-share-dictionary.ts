import { crc32 } from '../../core/share/crc32';
import type { DictionaryLoader } from './decode-review-link';
import { DICTIONARY_V2_CHECK } from './review-link-formats';
import { requestShareDictionary } from './share-dictionary-request';

// The corpus dictionary of format-2 links, fetched as a file (a hashed asset, cached by the
// browser) instead of shipped as 13 KB of gzipped code. The bytes are checked before use: a
// wrong file (a page served in its place) is refused with a message, never used to inflate.

let pending: Promise<Uint8Array> | undefined;

export const loadShareDictionary: DictionaryLoader = () => {
  pending ??= fetchDictionary().catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
};

async function fetchDictionary(): Promise<Uint8Array> {
  const response = await requestShareDictionary();
  if (!response.ok) throw new Error(`the dictionary answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length !== DICTIONARY_V2_CHECK.bytes || crc32(bytes) !== DICTIONARY_V2_CHECK.crc32) {
    throw new Error('the dictionary file is not the one links were made with');
  }
  return bytes;
}
