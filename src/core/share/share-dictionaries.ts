import { crc32 } from './crc32.ts';
import type { DictionaryName } from './link-formats.ts';

// The preset dictionaries links deflate against. Each exists once, as the generated file
// share-dictionary-<name>.txt beside this module (scripts/build-share-dictionary.ts writes it);
// the platform reads it (the browser fetches it as an asset, Node reads it from disk) and passes
// the bytes in. Size and CRC-32 are pinned here: a wrong file (a page served in its place, an
// edited copy) is refused, never used to inflate. Once links of a format are out, its dictionary
// must never change; a better one becomes a new format instead.

/** Dictionary bytes by name, as far as the caller has them. */
export type ShareDictionaries = Readonly<Partial<Record<DictionaryName, Uint8Array>>>;

/** Each dictionary's size and CRC-32. */
export const SHARE_DICTIONARY_CHECKS: Readonly<
  Record<DictionaryName, { bytes: number; crc32: number }>
> = {
  /** Built from archive issues 000-070: see scripts/build-share-dictionary.ts. */
  v2: { bytes: 32766, crc32: 0xbd3bc707 },
};

/** The generated file that holds the named dictionary, beside this module. */
export function shareDictionaryFile(name: DictionaryName): string {
  return `share-dictionary-${name}.txt`;
}

/** The bytes when they are the named dictionary, else undefined. */
export function checkShareDictionary(
  name: DictionaryName,
  bytes: Uint8Array,
): Uint8Array | undefined {
  const expected = SHARE_DICTIONARY_CHECKS[name];
  return bytes.length === expected.bytes && crc32(bytes) === expected.crc32 ? bytes : undefined;
}

/**
 * Every dictionary, read by file name through `readFile` (Node's reader, for the CLI, the bench
 * and tests) and checked. Throws when a file is missing or not the one links were made with.
 */
export function readShareDictionaries(
  readFile: (fileName: string) => Uint8Array,
): Required<ShareDictionaries> {
  const read = (name: DictionaryName): Uint8Array => {
    const checked = checkShareDictionary(name, readFile(shareDictionaryFile(name)));
    if (!checked) throw new Error(`The share dictionary ${name} is not the one links use.`);
    return checked;
  };
  return { v2: read('v2') };
}
