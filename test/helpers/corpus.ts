import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/**
 * The EKS News archive copied into the repo (see test/fixtures/eks-news/README.md). Built from a
 * path string, not a URL object, so it also works under the jsdom environment's URL.
 */
export const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/eks-news');

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((name) => /^\d{3}\.md$/.test(name))
    .sort();
}

export function readCorpus(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}
