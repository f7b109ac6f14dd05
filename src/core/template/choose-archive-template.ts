import { InputError } from '../errors';
import { InvalidRecordError } from '../model/schema/invalid-record-error';
import { importIssue } from '../markdown/import-issue';
import type { Issue } from '../model/types';
import { learnTemplate, type ArchiveFile } from './learn-template';
import { templateFit } from './match-template';
import type { NewsletterTemplate } from './template';

/** The template an archive is read with, and whether it was learned from the archive itself. */
export interface ArchiveTemplateChoice {
  template: NewsletterTemplate;
  learned: boolean;
}

/**
 * The average fit (see templateFit, at most 5) from which a known template describes an
 * archive: the EKS News corpus fits its built-in template at 4.75, the Flux updates fit the
 * generic one at 1.6 and the template learned from them at 3.4.
 */
export const GOOD_ARCHIVE_FIT = 3;

/** The files whose fit is measured, spread over the archive: a fit costs a full read. */
const FIT_SAMPLE = 16;

/**
 * The template to read an archive with: the known template its files (a sample of them, evenly
 * spread) fit best on average when that fit is good (so a second import of an archive reuses the
 * template learned the first time), else one learned from the files (unless they share too
 * little to make one), named after the folder when its titles give no name and with an id none
 * of the known templates has. Files that cannot be read are left out; an archive with no
 * readable file gets the first known template.
 */
export function chooseArchiveTemplate(
  files: readonly ArchiveFile[],
  known: readonly NewsletterTemplate[],
  folderName = '',
): ArchiveTemplateChoice {
  const [first] = known;
  if (first === undefined) throw new Error('chooseArchiveTemplate needs a known template');
  const issues = sample(files, FIT_SAMPLE).flatMap((file) => readIssue(file.text) ?? []);
  if (issues.length === 0) return { template: first, learned: false };
  let best = first;
  let bestFit = averageFit(issues, first);
  for (const template of known.slice(1)) {
    const fit = averageFit(issues, template);
    if (fit > bestFit) [best, bestFit] = [template, fit];
  }
  const readable = bestFit < GOOD_ARCHIVE_FIT ? files.filter((f) => readIssue(f.text)) : [];
  const learned = readable.length > 0 ? tryLearning(readable) : undefined;
  if (learned === undefined) return { template: best, learned: false };
  const name = learned.patterns.title === undefined && folderName.trim() ? folderName.trim() : '';
  const named = name ? { ...learned, name } : learned;
  const id = uniqueId(idOf(named.name), known);
  return { template: { ...named, id }, learned: true };
}

/** The template learned from the files, or none when what they share is not a valid template. */
function tryLearning(files: ArchiveFile[]): NewsletterTemplate | undefined {
  try {
    return learnTemplate(files);
  } catch (error) {
    if (error instanceof InvalidRecordError || error instanceof InputError) return undefined;
    throw error;
  }
}

/** At most `count` of the items, evenly spread, the first and the last included. */
function sample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = (items.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => items[Math.round(i * step)] as T);
}

function readIssue(text: string): Issue | undefined {
  if (text.trim() === '') return undefined;
  try {
    return importIssue(text);
  } catch {
    return undefined;
  }
}

function averageFit(issues: readonly Issue[], template: NewsletterTemplate): number {
  return issues.reduce((sum, issue) => sum + templateFit(issue, template), 0) / issues.length;
}

function idOf(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'learned'
  );
}

/** `id`, or `id-2`, `id-3`… when a known template has it. */
function uniqueId(id: string, known: readonly NewsletterTemplate[]): string {
  const taken = new Set(known.map((t) => t.id));
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}
