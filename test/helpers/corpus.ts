import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The EKS News archive copied into the repo (see test/fixtures/eks-news/README.md). */
export const corpusDir = fileURLToPath(new URL('../fixtures/eks-news/', import.meta.url));

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((name) => /^\d{3}\.md$/.test(name))
    .sort();
}

export function readCorpus(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}
