// One archive file to an archived issue, or the reason it is skipped. Files that are not
// newsletter issues (not markdown, not UTF-8 text, front matter the importer refuses, a section's
// list page, or neither a title in front matter nor a link card) are skipped with the reason;
// nothing is dropped without saying why. An issue written as prose alone (some of Flux's monthly
// updates have no link list) is still an issue: its slug and date count for the next one.

import { InputError } from '../../core/errors';
import type { importIssue as ImportIssue } from '../../core/markdown/import-issue';
import { getFrontMatterString } from '../../core/front-matter/get-front-matter-string';
import { issueSlug } from '../../core/links/issue-slug';
import type { Issue } from '../../core/model/types';
import { countCards } from '../../persistence/issue-summary-fields';
import { readTextFile } from '../../components/read-text-file';
import type { ArchiveIdentity } from './archive-identity';

export interface ArchiveFileRead {
  fileName: string;
  issue: Issue;
  existed: boolean;
}

export interface SkippedFile {
  fileName: string;
  reason: string;
}

/** `056.md`, or `archives/056.md` when the file came from a chosen folder. */
export function archiveFileName(file: File): string {
  return file.webkitRelativePath || file.name;
}

export function isMarkdownFile(file: File): boolean {
  return /\.(md|markdown)$/i.test(file.name);
}

/** The file's text, or why it cannot be read as UTF-8 text. */
export async function readArchiveText(file: File): Promise<string | SkippedFile> {
  try {
    return await readTextFile(file);
  } catch (error) {
    return { fileName: archiveFileName(file), reason: describeProblem(error) };
  }
}

/** The archived issue a file's text gives, or why it is skipped. */
export function parseArchiveFile(
  file: File,
  text: string,
  importIssue: typeof ImportIssue,
  identity: ArchiveIdentity,
  now: number,
): ArchiveFileRead | SkippedFile {
  const fileName = archiveFileName(file);
  try {
    if (text.trim() === '') return { fileName, reason: 'the file is empty' };
    if (file.name === '_index.md')
      return { fileName, reason: "a section's list page, not an issue" };
    const parsed = importIssue(text, { now });
    if (countCards(parsed) === 0 && !getFrontMatterString(parsed.frontMatter, 'title')?.trim()) {
      return { fileName, reason: 'no link cards: not a newsletter issue' };
    }
    const { id, existed } = identity.claim(file.name, issueSlug(parsed));
    const issue: Issue = { ...parsed, id, status: 'published' };
    return { fileName, issue, existed };
  } catch (error) {
    return { fileName, reason: describeProblem(error) };
  }
}

function describeProblem(error: unknown): string {
  if (error instanceof InputError) {
    return error.line === undefined ? error.message : `line ${error.line}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
