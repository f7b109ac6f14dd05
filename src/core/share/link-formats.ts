// Every link format ever shipped, by the tag that starts the fragment ("2.xxxx"). The decoder keeps reading all of them; a new dictionary or payload layout
// is a new tag, never a change to an existing one. This table names a format's dictionary; the
// bytes live in a generated file (see share-dictionaries.ts) and are passed in by the platform.
// It loads with the app's entry (the reviewer route asks it which dictionary to request early),
// so the envelope's limits live in link-envelope.ts.

export type LinkKind = 'issue' | 'notes';

/** The preset deflate dictionaries, by name: share-dictionary-<name>.txt beside this module. */
export type DictionaryName = 'v2';

export interface LinkFormat {
  tag: string;
  kind: LinkKind;
  /** The preset deflate dictionary the format compresses against, if any. */
  dictionary?: DictionaryName;
}

export const LINK_FORMATS: readonly LinkFormat[] = [
  /** Issue markdown, plain deflate-raw. */
  { tag: '1', kind: 'issue' },
  /** Issue markdown, deflate-raw with the corpus dictionary v2. */
  { tag: '2', kind: 'issue', dictionary: 'v2' },
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

/**
 * The dictionary a fragment's format inflates against, read from its tag alone (nothing is
 * checked): lets a page request the dictionary while its own code is still on the way.
 */
export function dictionaryOfFragment(fragment: string): DictionaryName | undefined {
  const tag = /^#?\s*([a-z0-9]{1,8})\./.exec(fragment)?.[1];
  return tag === undefined ? undefined : findLinkFormat(tag)?.dictionary;
}
