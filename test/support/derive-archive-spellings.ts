import { importIssue } from '../../src/core/markdown/import-issue';
import { corpusFiles, readCorpus } from '../helpers/corpus';

const WORD = /[A-Za-z0-9]+/g;

/**
 * The words the archive spells with a capital past their first letter (EKS, AWS, IPv6, GitOps),
 * read from the card titles of test/fixtures/eks-news. A word counts when, after a title's first
 * word, that spelling is the one its titles use more than half the time, it starts with a letter,
 * and the archive's text (links left out) uses it more often than the word in lower case: so
 * "US" stays out only if "us" were the commoner. Sorted, for a stable data file.
 */
export function deriveArchiveSpellings(): string[] {
  const texts = corpusFiles().map(readCorpus);
  const inTitles = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const title of cardTitles(text)) {
      for (const word of (title.match(WORD) ?? []).slice(1)) countSpelling(inTitles, word);
    }
  }
  const inText = countWords(texts);
  const spellings: string[] = [];
  for (const [lower, counts] of inTitles) {
    const [best, uses] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [lower, 0];
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    if (!/^[A-Za-z]/.test(best) || !/[A-Z]/.test(best.slice(1)) || uses * 2 <= total) continue;
    if ((inText.get(best) ?? 0) > (inText.get(lower) ?? 0)) spellings.push(best);
  }
  return spellings.sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}

function cardTitles(text: string): string[] {
  const issue = importIssue(text);
  return issue.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'card' ? [block.title] : [])),
  );
}

function countSpelling(counts: Map<string, Map<string, number>>, word: string): void {
  const lower = word.toLowerCase();
  const spellings = counts.get(lower) ?? new Map<string, number>();
  spellings.set(word, (spellings.get(word) ?? 0) + 1);
  counts.set(lower, spellings);
}

/** Every word of the files' text outside front matter and link targets, as written. */
function countWords(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const prose = text
      .replace(/^\+\+\+[\s\S]*?\+\+\+/, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/https?:\/\/\S+/g, ' ');
    for (const word of prose.match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}
