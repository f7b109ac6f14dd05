import type { FrontMatterReader } from '../../core/front-matter/front-matter-reader';
import { importIssueWith } from '../../core/markdown/import-issue-with';
import { reviewIssueOf } from './review-issue-of';
import type { ReviewIssue } from './review-issue';

/**
 * Reads an issue's markdown for the reviewer's page with the core's importer, the reader the
 * editor uses, and renders it for the page (reviewIssueOf). The front matter is read with the
 * first of `readers` that opens it (the page passes the one it needs, see
 * review-front-matter-readers.ts); a draft whose front matter the editor could not read shows
 * its body all the same. Throws what the importer throws on a file it cannot read (a NUL byte).
 */
export function readReviewIssue(
  markdown: string,
  readers: readonly FrontMatterReader[],
): ReviewIssue {
  const options = { id: 'review', now: 0, keepUnreadableFrontMatter: true };
  return reviewIssueOf(importIssueWith(markdown, readers, options));
}
