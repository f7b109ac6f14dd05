import { InputError } from '../errors';
import { getFrontMatterDate } from '../front-matter/get-front-matter-date';
import { getFrontMatterValue } from '../front-matter/get-front-matter-value';
import { learnDateStyle } from '../front-matter/date-style';
import { importIssue } from '../markdown/import-issue';
import type { CardShape } from '../model/card-shape';
import type { Block, FrontMatterValue, Issue } from '../model/types';
import type { LintCode } from '../lint/lint-code';
import { linksInRichText } from '../links/links-in-text';
import { isSiteRooted } from '../url/is-site-rooted';
import { learnPattern, type PatternSample } from './learn-pattern';
import { learnSections } from './learn-sections';
import { admitTemplate } from './schema/admit-template';
import { isPreambleLine } from './schema/is-preamble-line';
import { TEMPLATE_SCHEMA_VERSION } from './schema/template-migrations';
import type { Cadence, NewsletterTemplate, TemplatePatterns } from './template';

/** A file of the archive: its name (for the issue number of `078.md`) and its text. */
export interface ArchiveFile {
  name: string;
  text: string;
}

interface Read {
  issue: Issue;
  number?: string;
  date?: string;
}

const EVERY_SHAPE: CardShape[] = ['link-item', 'link-paragraph', 'link-heading'];
const DAY_MS = 86_400_000;

/**
 * Proposes a template from an archive: the newest issue's front matter keys and format, the
 * patterns its titles, descriptions and slugs follow, the sections in their usual order with
 * their earlier names and card shapes, the hosts that suggest a section, and the cadence. The
 * result has entered through admitTemplate. Throws an InputError, naming the file, for a file
 * it cannot read.
 */
export function learnTemplate(files: ArchiveFile[]): NewsletterTemplate {
  const reads = files.map(readFile).sort(newestFirst);
  const newest = reads[0]?.issue;
  const patterns = learnPatterns(reads);
  const learned = learnSections(reads.map((r) => r.issue));
  const name = nameOf(patterns.title);
  return admitTemplate({
    version: TEMPLATE_SCHEMA_VERSION,
    id:
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'learned',
    name,
    frontMatter: learnFrontMatter(reads, patterns),
    patterns,
    cadence: learnCadence(reads),
    sections: learned.sections,
    urlRules: learned.urlRules,
    defaultSection: learned.defaultSection,
    cardShapes: templateShapes(reads, learned.shapes),
    preamble:
      newest && newest.preamble.split(/\r\n?|\n/).every(isPreambleLine) ? newest.preamble : '',
    lintChecks: lintChecks(reads, patterns),
    dialect: newest?.dialect ?? importIssue('').dialect,
  });
}

function readFile(file: ArchiveFile): Read {
  const issue = importNamed(file);
  const slug = getFrontMatterValue(issue.frontMatter, 'slug');
  const fromName = /^(\d+)\.md$/.exec(file.name)?.[1];
  const number = typeof slug === 'string' && /^\d+$/.test(slug) ? slug : fromName;
  const date = getFrontMatterDate(issue.frontMatter, 'date');
  const read: Read = { issue };
  if (number !== undefined) read.number = number;
  if (date !== undefined) read.date = date;
  return read;
}

/** The issue in `file`; an InputError names the file. */
function importNamed(file: ArchiveFile): Issue {
  try {
    return importIssue(file.text, { cardShapes: () => EVERY_SHAPE });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const where = error.line === undefined ? file.name : `${file.name}:${error.line}`;
    throw new InputError(`${where}: ${error.message}`);
  }
}

function newestFirst(a: Read, b: Read): number {
  return (Date.parse(b.date ?? '') || 0) - (Date.parse(a.date ?? '') || 0);
}

function samplesOf(reads: Read[], key: string): PatternSample[] {
  return reads.flatMap((r) => {
    const value = getFrontMatterValue(r.issue.frontMatter, key);
    return typeof value === 'string' ? [{ value, number: r.number, date: r.date }] : [];
  });
}

function learnPatterns(reads: Read[]): TemplatePatterns {
  const patterns: TemplatePatterns = {
    numberDigits: mostCommon(reads.map((r) => r.number?.length)) ?? 1,
  };
  for (const key of ['title', 'description', 'slug'] as const) {
    const pattern = learnPattern(samplesOf(reads, key));
    if (pattern !== undefined) patterns[key] = pattern;
  }
  return patterns;
}

function learnFrontMatter(
  reads: Read[],
  patterns: TemplatePatterns,
): NewsletterTemplate['frontMatter'] {
  const newest = reads[0]?.issue.frontMatter;
  const formats = reads.map((r) => r.issue.frontMatter.format).filter((f) => f !== 'none');
  const format = mostCommon(formats) ?? 'yaml';
  const entries = (newest?.entries ?? [])
    .filter(({ key }) => valuesOf(reads, key).length * 2 >= reads.length)
    .map(({ key }): [string, FrontMatterValue] => {
      if (key === 'date') return [key, { date: '' }];
      const pattern =
        key === 'title' || key === 'description' || key === 'slug' ? patterns[key] : undefined;
      return [key, pattern ?? usualValue(valuesOf(reads, key))];
    });
  const titleSource = newest?.entries.find((e) => e.key === 'title')?.source ?? '';
  const quote = /^[^"']*["']/.exec(titleSource.replace(/^[^=:]*[=:]\s*/, ''))?.[0].slice(-1);
  const quoting =
    quote === '"' || format !== 'yaml' ? 'double' : quote === "'" ? 'single' : 'plain';
  const dateStyle = learnDateStyle(
    reads.flatMap((r) => r.issue.frontMatter.entries.filter((e) => e.key === 'date')),
  );
  return { format, entries, quoting, dateStyle };
}

/** The key's value in each issue that has it, the issue's year in a list written `{year}`. */
function valuesOf(reads: Read[], key: string): FrontMatterValue[] {
  return reads.flatMap((r) => {
    const value = getFrontMatterValue(r.issue.frontMatter, key);
    if (value === undefined) return [];
    const year = r.date?.slice(0, 4);
    return [Array.isArray(value) ? value.map((v) => (v === year ? '{year}' : v)) : value];
  });
}

/**
 * What a new issue starts with for a key: the value most issues share (an author, categories,
 * `draft = false`), else an empty one for the editor to fill (one issue's headline, a URL).
 */
function usualValue(values: FrontMatterValue[]): FrontMatterValue {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(JSON.stringify(v), (counts.get(JSON.stringify(v)) ?? 0) + 1);
  const [top, count = 0] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (top !== undefined && count * 2 >= values.length) return JSON.parse(top) as FrontMatterValue;
  const newest = values[0];
  if (typeof newest === 'string') return '';
  if (Array.isArray(newest)) return [];
  return newest ?? '';
}

function learnCadence(reads: Read[]): Cadence {
  const times = reads.map((r) => Date.parse(r.date ?? '')).filter((t) => Number.isFinite(t));
  const gaps = times
    .slice(1)
    .map((t, i) => ((times[i] as number) - t) / DAY_MS)
    .sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)] ?? 7;
  const clock = mostCommon(times.map((t) => new Date(t).toISOString().slice(11, 16))) ?? '09:00';
  return {
    unit: median < 20 ? 'week' : 'month',
    hourUtc: Number(clock.slice(0, 2)),
    minuteUtc: Number(clock.slice(3, 5)),
  };
}

function templateShapes(reads: Read[], found: CardShape[]): CardShape[] {
  const shapes = new Set(found);
  for (const r of reads) for (const block of r.issue.intro) addShape(shapes, block);
  return shapes.size > 0 ? [...shapes].sort() : ['link-item', 'link-paragraph'];
}

function addShape(shapes: Set<CardShape>, block: Block): void {
  if (block.kind !== 'card') return;
  if (block.heading !== undefined) shapes.add('link-heading');
  else shapes.add(block.style === 'item' ? 'link-item' : 'link-paragraph');
}

/**
 * The checks every newsletter gets; a summary check where nearly every card has one; a check of
 * links relative to the site unless a tenth of the issues have cards with such links.
 */
function lintChecks(reads: Read[], patterns: TemplatePatterns): LintCode[] {
  const cards = reads
    .flatMap((r) => r.issue.sections.flatMap((s) => s.blocks))
    .filter((b) => b.kind === 'card');
  const summed = cards.filter((c) => c.bullets.length > 0 || (c.description?.length ?? 0) > 0);
  const checks: LintCode[] = ['empty-section', 'duplicate-url', 'unsafe-url'];
  const siteLinked = reads.filter((r) => blocksOf(r.issue).some(linksToOwnSite));
  if (siteLinked.length < 0.1 * reads.length) checks.push('site-relative-url');
  if (cards.length > 0 && summed.length >= 0.8 * cards.length) checks.push('card-without-summary');
  if (patterns.title !== undefined) checks.push('title-pattern');
  if (patterns.description !== undefined) checks.push('description-pattern');
  return checks;
}

function blocksOf(issue: Issue): Block[] {
  return issue.sections.flatMap((s) => s.blocks);
}

function linksToOwnSite(block: Block): boolean {
  if (block.kind !== 'card') return false;
  const urls = [block.url, ...block.bullets.flatMap((b) => linksInRichText(b.content))];
  return urls.some(isSiteRooted);
}

/** The fixed words of the title pattern before its first variable, else a placeholder. */
function nameOf(titlePattern: string | undefined): string {
  const words = titlePattern
    ?.split('{')[0]
    ?.replace(/[\s#:–—-]+$/u, '')
    .trim();
  return words || 'Learned newsletter';
}

function mostCommon<T>(values: (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
