// Corpus files for component tests: the archive as test/helpers/corpus.ts reads it, as the browser
// hands a file over, and the seed documents. Test-only.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../helpers/corpus';

export { corpusFiles, readCorpus } from '../helpers/corpus';

/** A corpus file as the browser hands it over from a file chooser. */
export function corpusFile(name: string): File {
  return new File([readCorpus(name)], name, { type: 'text/markdown' });
}

export function readSeed(name: string): string {
  return readFileSync(join(process.cwd(), 'test/fixtures/seeds', name), 'utf8');
}
