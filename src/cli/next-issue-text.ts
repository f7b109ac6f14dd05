import { InputError } from '../core/errors';
import { getFrontMatterString } from '../core/front-matter/get-front-matter-string';
import { exportIssue } from '../core/markdown/export-issue';
import type { Issue } from '../core/model/types';
import { importWithTemplate } from '../core/template/import-with-template';
import type { ArchiveFile } from '../core/template/learn-template';
import { newIssue } from '../core/template/new-issue';
import { nextDate, nextSlug } from '../core/template/next-issue';
import type { NewsletterTemplate } from '../core/template/template';

/**
 * `broadsheet next [--template FILE] DIR...`: the file of the issue after the newest one in the
 * folders, prefilled as the editor's "New issue" does: the slug after the highest, the date one
 * cadence step after the newest (or `today` when that is long past), the front matter in the
 * template's format and order, its sections. Without a template given, the one the newest file
 * fits best. An InputError names a file the importer could not read.
 */
export function nextIssueText(
  files: readonly ArchiveFile[],
  templates: NewsletterTemplate | readonly NewsletterTemplate[],
  today: Date,
): string {
  const read = files.map((file) => readNamed(file, templates));
  const dated = read.map((r) => ({ ...r, time: Date.parse(field(r.issue, 'date') ?? '') }));
  const newest = dated
    .filter((r) => Number.isFinite(r.time))
    .reduce<(typeof dated)[number] | undefined>(
      (a, r) => (a && a.time >= r.time ? a : r),
      undefined,
    );
  const template = (newest ?? read[read.length - 1])?.template;
  if (!template) throw new InputError('no issue files to follow');
  const slug = nextSlug(
    template,
    read.map((r) => field(r.issue, 'slug') ?? ''),
  );
  const previous = newest ? new Date(newest.time) : undefined;
  const date = nextDate(template, today, previous);
  return exportIssue(newIssue(template, slug, date, today.getTime()));
}

function readNamed(
  file: ArchiveFile,
  templates: NewsletterTemplate | readonly NewsletterTemplate[],
): { issue: Issue; template: NewsletterTemplate } {
  try {
    return importWithTemplate(file.text, templates);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const where = error.line === undefined ? file.name : `${file.name}:${error.line}`;
    throw new InputError(`${where}: ${error.message}`);
  }
}

function field(issue: Issue, key: string): string | undefined {
  return getFrontMatterString(issue.frontMatter, key);
}
