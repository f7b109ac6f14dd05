import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Share links written by earlier versions of the codec (test/fixtures/share-links), each with
 * what it must open to: issues of the archive in formats 1 and 2, and one set of reviewer notes
 * in format n1 as the editor (fflate), the reviewer's browser (CompressionStream) and a browser
 * without CompressionStream (stored blocks) wrote it.
 */
const linksDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/share-links');
const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/eks-news');

const read = (name: string): string => readFileSync(join(linksDir, name), 'utf8').trim();

export const OLD_ISSUE_LINKS = ['056.v1', '056.v2', '078.v1', '078.v2'].map((name) => ({
  name,
  fragment: read(`${name}.link`),
  markdown: readFileSync(join(corpusDir, `${name.slice(0, 3)}.md`), 'utf8'),
}));

export const OLD_NOTES_LINKS = ['notes.n1', 'notes.n1-browser', 'notes.n1-stored'].map((name) => ({
  name,
  fragment: read(`${name}.link`),
}));

export const OLD_NOTES: unknown = JSON.parse(read('notes.json'));
