// The share-link formats the reviewer's page reads, mirrored from src/core/share/link-formats.ts
// without importing it: that module carries the 32 KB corpus dictionary as code, which this page
// loads as a file instead (see load-share-dictionary.ts). A test keeps the two tables equal.

export interface ReviewLinkFormat {
  tag: string;
  kind: 'issue' | 'notes';
  /** The format deflates against the dictionary of this name. */
  dictionary?: 'v2';
}

export const REVIEW_LINK_FORMATS: readonly ReviewLinkFormat[] = [
  { tag: '1', kind: 'issue' },
  { tag: '2', kind: 'issue', dictionary: 'v2' },
  { tag: 'n1', kind: 'notes' },
];

/** Mirrors MAX_SHARED_MARKDOWN_BYTES of src/core/share/share-link.ts. */
export const REVIEW_MAX_MARKDOWN_BYTES = 2 * 1024 * 1024;
/** Mirrors MAX_FRAGMENT_CHARS of src/core/share/link-payload.ts. */
export const REVIEW_MAX_FRAGMENT_CHARS = 4 * 1024 * 1024;

/** Size and CRC-32 of the v2 dictionary's UTF-8 bytes: a wrong file is refused, not used. */
export const DICTIONARY_V2_CHECK = { bytes: 32766, crc32: 0xbd3bc707 } as const;

/** Mirrors CURRENT_NOTES_FORMAT of src/core/share/link-formats.ts. */
export const REVIEW_NOTES_FORMAT = 'n1';
/** Mirrors MAX_NOTES_JSON_BYTES of src/core/share/notes-link.ts. */
export const REVIEW_MAX_NOTES_JSON_BYTES = 1024 * 1024;
