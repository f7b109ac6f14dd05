import type { DictionaryName } from '../../core/share/link-formats';
import { checkShareDictionary } from '../../core/share/share-dictionaries';
import type { LoadDictionary } from '../../core/share/unpack-link';
import { requestShareDictionary } from './share-dictionary-request';

// The browser's reader of the share dictionaries, for the reviewer page and the editor's share
// button: fetched as a file (a hashed asset, precached by the service worker) instead of shipped
// as 13 KB of gzipped code, and checked before use: a wrong file (a page served in its place) is
// refused, never used to inflate.

const pending = new Map<DictionaryName, Promise<Uint8Array>>();

export const loadShareDictionary: LoadDictionary = (name) => {
  let loading = pending.get(name);
  if (!loading) {
    loading = fetchDictionary(name).catch((error: unknown) => {
      pending.delete(name);
      throw error;
    });
    pending.set(name, loading);
  }
  return loading;
};

async function fetchDictionary(name: DictionaryName): Promise<Uint8Array> {
  const response = await requestShareDictionary(name);
  if (!response.ok) throw new Error(`the dictionary answered ${response.status}`);
  const checked = checkShareDictionary(name, new Uint8Array(await response.arrayBuffer()));
  if (!checked) throw new Error('the dictionary file is not the one links were made with');
  return checked;
}
