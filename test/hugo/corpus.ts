import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The repository root, found from this file so tests work from any working directory (from the
 * module path as a string: Vitest's jsdom environment replaces the global URL).
 */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The folder holding the 79 EKS News archive issues, byte for byte. */
export const corpusDir = path.join(repoRoot, 'test/fixtures/eks-news');

export interface CorpusFile {
  /** The file name, such as `056.md`. */
  name: string;
  /** The issue number as written in the name, such as `056`. */
  slug: string;
  path: string;
  text: string;
}

/** The corpus issue files in archive order (README and other files left out). */
export function readCorpus(): CorpusFile[] {
  return readdirSync(corpusDir)
    .filter((name) => /^\d{3}\.md$/.test(name))
    .sort()
    .map((name) => readCorpusFile(name));
}

export function readCorpusFile(name: string): CorpusFile {
  const filePath = path.join(corpusDir, name);
  return { name, slug: name.slice(0, -3), path: filePath, text: readFileSync(filePath, 'utf8') };
}
