import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFrontMatterValue } from '../src/core/front-matter/set-front-matter-value';
import { exportIssue } from '../src/core/markdown/export-issue';
import { importIssue } from '../src/core/markdown/import-issue';
import type { Issue, LinkCard } from '../src/core/model/types';

const corpusDir = fileURLToPath(new URL('../test/fixtures/eks-news/', import.meta.url));

/** Issues 064-078: the fixed five sections of today's template. */
const SOURCES = Array.from({ length: 15 }, (_, i) => String(64 + i).padStart(3, '0'));

function readCorpus(name: string): Issue {
  return importIssue(readFileSync(`${corpusDir}${name}.md`, 'utf8'), { id: `corpus-${name}` });
}

/** Every card of the sources, by the heading of the section it was in. */
function cardsBySection(): Map<string, LinkCard[]> {
  const cards = new Map<string, LinkCard[]>();
  for (const name of SOURCES) {
    for (const section of readCorpus(name).sections) {
      const list = cards.get(section.heading) ?? [];
      for (const block of section.blocks) if (block.kind === 'card') list.push(block);
      cards.set(section.heading, list);
    }
  }
  return cards;
}

/**
 * The markdown of a synthetic issue of `size` cards, made by repeating the cards of corpus
 * issues 064-078 in the sections of issue 078, in the proportions the corpus has. Its slug is
 * `bench-<size>` and its title and description follow the template, so the lint panel has only
 * what the cards bring.
 */
export function syntheticIssue(size: number): string {
  const base = readCorpus('078');
  const pool = cardsBySection();
  const kept = base.sections.filter((section) => (pool.get(section.heading) ?? []).length > 0);
  const counts = kept.map((section) => (pool.get(section.heading) ?? []).length);
  const total = counts.reduce((sum, n) => sum + n, 0);
  const shares = counts.map((n) => Math.floor((size * n) / total));
  const largest = counts.indexOf(Math.max(...counts));
  shares[largest] = (shares[largest] ?? 0) + size - shares.reduce((sum, n) => sum + n, 0);
  const eol = base.dialect.eol;
  const sections = kept.map((section, index) => {
    const cards = pool.get(section.heading) ?? [];
    const blocks = Array.from({ length: shares[index] ?? 0 }, (_, i) => ({
      ...(cards[i % cards.length] as LinkCard),
      id: `s${index}c${i}`,
      // A blank line after every card, as in the loose lists of this era.
      after: eol + eol,
    }));
    return { ...section, blocks };
  });
  let frontMatter = base.frontMatter;
  for (const [key, value] of [
    ['slug', `bench-${size}`],
    ['title', `EKS News bench-${size}`],
    ['description', `#bench-${size} edition of the EKS newsletter`],
  ] as const)
    frontMatter = setFrontMatterValue(frontMatter, key, value);
  return exportIssue({ ...base, frontMatter, sections });
}
