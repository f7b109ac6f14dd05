import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFrontMatterValue } from '../src/core/front-matter/set-front-matter-value';
import { exportIssue } from '../src/core/markdown/export-issue';
import { importIssue } from '../src/core/markdown/import-issue';
import type { Issue, LinkCard } from '../src/core/model/types';

const corpusDir = fileURLToPath(new URL('../test/fixtures/eks-news/', import.meta.url));

export interface ArchiveShape {
  issues: number;
  cardsPerIssue: number;
  /** Share of cards whose URL is the corpus's own, so it repeats across issues (default 0.15). */
  repeatShare?: number;
  seed?: number;
}

/** A small seeded generator (mulberry32): the same seed gives the same archive on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every card of the corpus, in file then document order: real titles, URLs and bullets. */
function corpusCards(): LinkCard[] {
  const names = readdirSync(corpusDir).filter((name) => /^\d{3}\.md$/.test(name));
  return names.flatMap((name) =>
    importIssue(readFileSync(path.join(corpusDir, name), 'utf8'), { id: name })
      .sections.flatMap((section) => section.blocks)
      .filter((block): block is LinkCard => block.kind === 'card' && block.url !== ''),
  );
}

/**
 * A card's URL made distinct for this issue, as a later article on the same site would be: a
 * deterministic query parameter the link normalizer keeps (it is not a tracking parameter).
 */
function variedUrl(url: string, issue: number, card: number): string {
  const hash = url.indexOf('#');
  const [base, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const joiner = base.includes('?') ? '&' : '?';
  return `${base}${joiner}edition=${issue}-${card}${fragment}`;
}

function slugOf(n: number): string {
  return String(n).padStart(3, '0');
}

/** The front matter of 078 with the slug, title, description and a weekly date of issue `n`. */
function frontMatterOf(base: Issue, n: number): Issue['frontMatter'] {
  const slug = slugOf(n);
  const date = new Date(Date.UTC(2016, 0, 1) + (n - 1) * 7 * 86_400_000);
  let frontMatter = base.frontMatter;
  for (const [key, value] of [
    ['slug', slug],
    ['title', `EKS News ${slug}`],
    ['description', `#${slug} edition of the EKS newsletter`],
    ['date', date.toISOString().replace('.000Z', 'Z')],
  ] as const)
    frontMatter = setFrontMatterValue(frontMatter, key, value);
  return frontMatter;
}

/** One generated issue: cards drawn from the whole corpus, spread over 078's sections. */
function generatedIssue(n: number, base: Issue, pool: readonly LinkCard[], shape: ArchiveShape) {
  const random = seeded((shape.seed ?? 16) * 100_003 + n);
  const repeatShare = shape.repeatShare ?? 0.15;
  const sections = base.sections.map((section) => ({ ...section, blocks: [] as LinkCard[] }));
  const eol = base.dialect.eol;
  for (let i = 0; i < shape.cardsPerIssue; i++) {
    const card = pool[Math.floor(random() * pool.length)] as LinkCard;
    const url = random() < repeatShare ? card.url : variedUrl(card.url, n, i);
    const section = sections[Math.floor(random() * sections.length)];
    // The card as read, but as a list item written from its fields (its URL changed), with a
    // blank line after it as in the loose lists of this era.
    const { headerSource: _written, ...fields } = card;
    const blocks = section?.blocks;
    blocks?.push({ ...fields, id: `g${n}c${i}`, url, style: 'item', headerAfter: eol, after: eol });
  }
  return exportIssue({ ...base, frontMatter: frontMatterOf(base, n), sections });
}

/**
 * Writes an archive of `shape.issues` markdown files (`001.md`, `002.md`, ...) into `dir`, each of
 * `shape.cardsPerIssue` cards shuffled and recombined from the EKS News corpus. Most URLs get a
 * per-issue query parameter, so they are distinct; the rest keep the corpus URL and repeat across
 * issues as an archive's re-featured links do. Seeded: the same shape writes the same files.
 * Returns the file paths.
 */
export function generateArchive(dir: string, shape: ArchiveShape): string[] {
  const base = importIssue(readFileSync(path.join(corpusDir, '078.md'), 'utf8'), { id: 'base' });
  const pool = corpusCards();
  return Array.from({ length: shape.issues }, (_, i) => {
    const file = path.join(dir, `${slugOf(i + 1)}.md`);
    writeFileSync(file, generatedIssue(i + 1, base, pool, shape));
    return file;
  });
}
