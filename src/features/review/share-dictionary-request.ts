import dictionaryV2Url from './share-dictionary-v2.txt?url';

// The request for the share dictionary, startable before the reviewer's page has loaded: the
// route starts it beside the page's own chunks when the link in the address needs it, so a
// reviewer's first visit waits one round trip less. load-share-dictionary.ts checks the bytes.

let early: Promise<Response> | undefined;

/** Starts the request now, if it is not on its way already. */
export function requestShareDictionaryEarly(): void {
  if (early) return;
  early = fetch(dictionaryV2Url);
  // Whoever takes the request sees its failure; until then it is not an unhandled one.
  early.catch(() => undefined);
}

/** The request started early, taken once; otherwise a new one (a retry after a failure). */
export function requestShareDictionary(): Promise<Response> {
  const request = early ?? fetch(dictionaryV2Url);
  early = undefined;
  return request;
}

/**
 * True when a fragment is a link in a format that inflates against the dictionary (format 2 of
 * review-link-formats.ts, spelled out here so the entry does not carry that table; a test keeps
 * the two in step).
 */
export function fragmentNeedsDictionary(fragment: string): boolean {
  return /^#?\s*2\./.test(fragment);
}
