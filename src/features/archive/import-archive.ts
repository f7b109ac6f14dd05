// Imports a whole archive: every markdown file becomes an archived, read-only issue (status
// published) whose links the featured index then finds. The files are read first, to choose the
// template they are read with (learned from them when no known template fits: see
// archive-template.ts); then they are parsed a chunk at a time, each chunk stored in one
// transaction while the next is parsed, and the page gets to paint between chunks so the
// progress bar moves. A chunk the store refuses is retried file by file, so one bad issue costs
// only itself.

import type { IssueRepository } from '../../persistence/issue-repository';
import { summarizeIssue } from '../../persistence/issue-summary-fields';
import { revisionsBeforeImport } from '../revisions/revisions-before-import';
import { ArchiveIdentity } from './archive-identity';
import { archiveTemplate, type ArchiveTemplate } from './archive-template';
import {
  archiveFileName,
  isMarkdownFile,
  parseArchiveFile,
  readArchiveText,
  type ArchiveFileRead,
  type SkippedFile,
} from './read-archive-file';

export interface ArchiveProgress {
  done: number;
  total: number;
}

export interface ArchivedFile {
  fileName: string;
  issueId: string;
  title: string;
}

export interface ArchiveImportOutcome {
  added: ArchivedFile[];
  updated: ArchivedFile[];
  skipped: SkippedFile[];
  /** The template the files were read with; `learned` when it was learned from them. */
  template?: ArchiveTemplate;
}

export interface ArchiveImportOptions {
  onProgress?: (progress: ArchiveProgress) => void;
  /** Files per transaction (default 20). */
  chunkSize?: number;
  /** Lets the page paint between chunks; a zero timeout by default. */
  yieldToUi?: () => Promise<void>;
  now?: number;
}

const DEFAULT_CHUNK = 20;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function importArchive(
  files: readonly File[],
  repository: IssueRepository,
  options: ArchiveImportOptions = {},
): Promise<ArchiveImportOutcome> {
  const { chunkSize = DEFAULT_CHUNK, yieldToUi = nextTask, now = Date.now() } = options;
  const sorted = [...files].sort((a, b) => compareNames(archiveFileName(a), archiveFileName(b)));
  const markdown = sorted.filter(isMarkdownFile);
  const outcome: ArchiveImportOutcome = { added: [], updated: [], skipped: [] };
  for (const file of sorted.filter((f) => !isMarkdownFile(f))) {
    outcome.skipped.push({ fileName: archiveFileName(file), reason: 'not a markdown file' });
  }
  const total = markdown.length;
  options.onProgress?.({ done: 0, total });
  const [summaries, texts] = await Promise.all([
    repository.listSummaries(),
    Promise.all(markdown.map(readArchiveText)),
  ]);
  const { importIssue, template } = await archiveTemplate(markdown, texts, repository, now);
  outcome.template = template;
  const identity = new ArchiveIdentity(summaries);
  const parse = (start: number) =>
    markdown.slice(start, start + chunkSize).map((file, i) => {
      const text = texts[start + i] ?? '';
      return typeof text === 'string'
        ? parseArchiveFile(file, text, importIssue, identity, now)
        : text;
    });
  // Each chunk is parsed while the one before it is committed, instead of the page waiting for
  // the database with nothing to do.
  let stored = Promise.resolve();
  for (let start = 0; start < total; start += chunkSize) {
    const reads = parse(start);
    await stored;
    const done = Math.min(total, start + chunkSize);
    stored = storeChunk(reads, repository, outcome, now).then(() =>
      options.onProgress?.({ done, total }),
    );
    await yieldToUi();
  }
  await stored;
  return outcome;
}

async function storeChunk(
  reads: readonly (ArchiveFileRead | SkippedFile)[],
  repository: IssueRepository,
  outcome: ArchiveImportOutcome,
  now: number,
): Promise<void> {
  const issues = reads.filter((read): read is ArchiveFileRead => 'issue' in read);
  try {
    await writeArchived(issues, repository, now);
    for (const read of issues) record(read, outcome);
  } catch {
    for (const read of issues) {
      try {
        await writeArchived([read], repository, now);
        record(read, outcome);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        outcome.skipped.push({ fileName: read.fileName, reason: `not stored: ${reason}` });
      }
    }
  }
  for (const read of reads) if (!('issue' in read)) outcome.skipped.push(read);
}

/** Stores the chunk, with the versions it replaces kept as 'before-import' revisions. */
async function writeArchived(
  reads: readonly ArchiveFileRead[],
  repository: IssueRepository,
  now: number,
): Promise<void> {
  if (reads.length === 0) return;
  const issues = reads.map(({ issue }) => ({ issue, archived: true }));
  const replaced = reads.filter((read) => read.existed).map((read) => read.issue);
  const revisions = await revisionsBeforeImport(repository, replaced, now);
  await repository.writeBatch({ issues, revisions });
}

function record(read: ArchiveFileRead, outcome: ArchiveImportOutcome): void {
  const title = summarizeIssue(read.issue).title || read.fileName;
  const file = { fileName: read.fileName, issueId: read.issue.id, title };
  (read.existed ? outcome.updated : outcome.added).push(file);
}

/** File names in issue order: "9.md" before "10.md". */
function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
