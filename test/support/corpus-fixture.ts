// Corpus files for component tests. jsdom tests cannot resolve paths from import.meta.url, so
// these read from the repo root, where vitest is started. Test-only.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const corpusDir = join(process.cwd(), 'test/fixtures/eks-news');

/** The issue files of the archive, 000.md to 078.md, in order. */
export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((name) => /^\d{3}\.md$/.test(name))
    .sort();
}

export function readCorpus(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}

/** A corpus file as the browser hands it over from a file chooser. */
export function corpusFile(name: string): File {
  return new File([readCorpus(name)], name, { type: 'text/markdown' });
}

export function readSeed(name: string): string {
  return readFileSync(join(process.cwd(), 'test/fixtures/seeds', name), 'utf8');
}
