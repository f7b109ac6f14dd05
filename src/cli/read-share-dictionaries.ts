import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readShareDictionaries, type ShareDictionaries } from '../core/share/share-dictionaries';

// Node's reader of the share dictionaries, for the CLI, the bench and tests: the generated files
// beside the codec, read from disk and checked. Built from a path string, not a URL object, so
// it also works under the jsdom test environment's URL.

const shareDir = join(dirname(fileURLToPath(import.meta.url)), '../core/share');

let read: Required<ShareDictionaries> | undefined;

/** Every share dictionary; throws when a file is missing or not the one links use. */
export function shareDictionariesFromDisk(): Required<ShareDictionaries> {
  read ??= readShareDictionaries((file) => readFileSync(join(shareDir, file)));
  return read;
}
