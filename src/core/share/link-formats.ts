import { SHARE_DICTIONARY_V2 } from './share-dictionary-v2.ts';

// Every link format ever shipped, by the tag that starts the fragment ("2.xxxx"). The decoder
// keeps reading all of them; a new dictionary or payload layout is a new tag, never a change to
// an existing one.

export type LinkKind = 'issue' | 'notes';

export interface LinkFormat {
  tag: string;
  kind: LinkKind;
  /** The preset deflate dictionary, if the format uses one. */
  dictionary?: () => Uint8Array;
}

let dictionaryV2: Uint8Array | undefined;

function shareDictionaryV2(): Uint8Array {
  dictionaryV2 ??= new TextEncoder().encode(SHARE_DICTIONARY_V2);
  return dictionaryV2;
}

export const LINK_FORMATS: readonly LinkFormat[] = [
  /** Issue markdown, plain deflate-raw. */
  { tag: '1', kind: 'issue' },
  /** Issue markdown, deflate-raw with the corpus dictionary of share-dictionary-v2.ts. */
  { tag: '2', kind: 'issue', dictionary: shareDictionaryV2 },
  /** Reviewer notes as JSON, plain deflate-raw. */
  { tag: 'n1', kind: 'notes' },
];

export type IssueLinkVersion = '1' | '2';

/** The format new issue links are written in. */
export const CURRENT_ISSUE_FORMAT: IssueLinkVersion = '2';

/** The format new notes links are written in. */
export const CURRENT_NOTES_FORMAT = 'n1';

export function findLinkFormat(tag: string): LinkFormat | undefined {
  return LINK_FORMATS.find((format) => format.tag === tag);
}
