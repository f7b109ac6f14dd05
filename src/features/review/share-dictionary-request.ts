import { dictionaryOfFragment, type DictionaryName } from '../../core/share/link-formats';
import dictionaryV2Url from '../../core/share/share-dictionary-v2.txt?url';

// The request for a share dictionary (the generated file beside the codec, served as a hashed
// asset and precached by the service worker), startable before the reviewer's page has loaded:
// the route starts it beside the page's own chunks when the link in the address needs it, so a
// reviewer's first visit waits one round trip less. load-share-dictionary.ts checks the bytes.

const DICTIONARY_URLS: Readonly<Record<DictionaryName, string>> = { v2: dictionaryV2Url };

let early: { name: DictionaryName; request: Promise<Response> } | undefined;

/** Starts the request for the dictionary the fragment's link needs, if any and none is pending. */
export function requestShareDictionaryEarly(fragment: string): void {
  const name = dictionaryOfFragment(fragment);
  if (!name || early) return;
  early = { name, request: fetch(DICTIONARY_URLS[name]) };
  // Whoever takes the request sees its failure; until then it is not an unhandled one.
  early.request.catch(() => undefined);
}

/** The request started early, taken once; otherwise a new one (a retry after a failure). */
export function requestShareDictionary(name: DictionaryName): Promise<Response> {
  const taken = early?.name === name ? early.request : undefined;
  if (taken) early = undefined;
  return taken ?? fetch(DICTIONARY_URLS[name]);
}
