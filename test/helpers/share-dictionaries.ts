import { shareDictionariesFromDisk } from '../../src/cli/read-share-dictionaries.ts';

/** The share dictionaries as the CLI reads them, for tests that make or open links. */
export const shareDictionaries = shareDictionariesFromDisk();
