// Share-link length budget (issue "Reviewer share links"): link characters per markdown byte
// for issues 071-078, which the format-2 dictionary was not built from, against plain deflate;
// and the longest link over the whole corpus. Link characters count the fragment after "#",
// version prefix included. Returns figures; the bench runner prints them:
//   shareCharsPerByte071to078       format 2 (corpus dictionary); budget at most 0.40
//   shareCharsPerByte071to078Plain  format 1 (plain deflate), for comparison
//   shareLongestLinkChars           longest format-2 link of the corpus; budget at most 8000
//   shareLongestLinkIssue           the issue number of that link

import { readFileSync, readdirSync } from 'node:fs';
import { shareDictionariesFromDisk } from '../src/cli/read-share-dictionaries.ts';
import { encodeShareLink, encodeShareLinkAs } from '../src/core/share/share-link.ts';

const CORPUS = new URL('../test/fixtures/eks-news/', import.meta.url);
const UNSEEN_ISSUES = ['071', '072', '073', '074', '075', '076', '077', '078'];

function readIssue(number: string): string {
  return readFileSync(new URL(`${number}.md`, CORPUS), 'utf8');
}

function corpusIssueNumbers(): string[] {
  return readdirSync(CORPUS)
    .filter((name) => /^\d{3}\.md$/.test(name))
    .map((name) => name.slice(0, 3))
    .sort();
}

function charsPerByte(encode: (markdown: string) => string): number {
  let chars = 0;
  let bytes = 0;
  for (const number of UNSEEN_ISSUES) {
    const markdown = readIssue(number);
    chars += encode(markdown).length;
    bytes += new TextEncoder().encode(markdown).length;
  }
  return chars / bytes;
}

function longestLink(): { chars: number; issue: number } {
  let longest = { chars: 0, issue: -1 };
  for (const number of corpusIssueNumbers()) {
    const chars = encodeShareLink(readIssue(number), shareDictionariesFromDisk()).length;
    if (chars > longest.chars) longest = { chars, issue: Number(number) };
  }
  return longest;
}

export async function shareBench(): Promise<Record<string, number>> {
  const longest = longestLink();
  const dictionaries = shareDictionariesFromDisk();
  return {
    shareCharsPerByte071to078: charsPerByte((markdown) => encodeShareLink(markdown, dictionaries)),
    shareCharsPerByte071to078Plain: charsPerByte((markdown) =>
      encodeShareLinkAs(markdown, '1', dictionaries),
    ),
    shareLongestLinkChars: longest.chars,
    shareLongestLinkIssue: longest.issue,
  };
}
