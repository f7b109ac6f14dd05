// Builds the preset deflate dictionary of share-link format 2 from archive issues 000-070 and
// writes it as src/core/share/share-dictionary-v2.txt, the one copy every reader uses: the
// browser fetches it as an asset, Node reads it from disk (see share-dictionaries.ts, which pins
// its size and CRC-32). Deterministic: the same corpus gives the same file.
//
// The file holds the corpus segments whose 8-byte substrings recur across most issues (newer
// issues weigh more), the most useful last, cut only between UTF-8 characters. Links of format 2
// are compressed against exactly these bytes: once such links are out, the file must never
// change; a better dictionary becomes a new format instead.
//
//   npx tsx scripts/build-share-dictionary.ts
//
// Issues 071-078 are left out on purpose: the bench measures the dictionary on them, so they
// play the part of issues written after the dictionary shipped.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_DICTIONARY_OPTIONS,
  selectDictionarySegments,
} from '../src/core/share/select-dictionary-segments.ts';
import { checkShareDictionary } from '../src/core/share/share-dictionaries.ts';

const FIRST_ISSUE = 0;
const LAST_ISSUE = 70;
const CORPUS = new URL('../test/fixtures/eks-news/', import.meta.url);
const TARGET = new URL('../src/core/share/share-dictionary-v2.txt', import.meta.url);

function issueFileName(number: number): string {
  return `${String(number).padStart(3, '0')}.md`;
}

function readIssues(): Uint8Array[] {
  const issues: Uint8Array[] = [];
  for (let number = FIRST_ISSUE; number <= LAST_ISSUE; number += 1) {
    issues.push(readFileSync(new URL(issueFileName(number), CORPUS)));
  }
  return issues;
}

function main(): void {
  const segments = selectDictionarySegments(readIssues());
  const bytes = new Uint8Array(segments.reduce((sum, segment) => sum + segment.length, 0));
  let at = 0;
  for (const segment of segments) {
    bytes.set(segment, at);
    at += segment.length;
  }
  // Throws if a segment was cut inside a character.
  new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const path = fileURLToPath(TARGET);
  writeFileSync(path, bytes);
  const options = JSON.stringify(DEFAULT_DICTIONARY_OPTIONS);
  console.log(`Wrote ${path}: ${segments.length} segments, ${bytes.length} bytes, ${options}.`);
  if (!checkShareDictionary('v2', bytes)) {
    console.log('These are not the bytes format-2 links were made with: make a new format.');
    process.exitCode = 1;
  }
}

main();
