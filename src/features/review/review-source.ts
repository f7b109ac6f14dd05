import { readReviewIssue } from './read-review-issue';
import { reviewFrontMatterReaders } from './review-front-matter-readers';
import type { ReviewIssue } from './review-issue';

// What the reviewer's page shows: the issue in the link's fragment, or one opened from a review
// file, read and rendered (reviewSourceOf); or a message.

export type ReviewSource =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; markdown: string; issue: ReviewIssue; from: 'link' | 'file' };

export const UNREADABLE_ISSUE =
  'This issue could not be shown. The link or file may be damaged; ask for a new one.';

/** The markdown read for the page, or the message that it could not be. Never rejects. */
export async function reviewSourceOf(
  markdown: string,
  from: 'link' | 'file',
): Promise<ReviewSource> {
  try {
    const readers = await reviewFrontMatterReaders(markdown);
    return { status: 'ready', markdown, issue: readReviewIssue(markdown, readers), from };
  } catch {
    // An unreadable file, or the YAML reader's code not loaded (offline on a first visit).
    return { status: 'error', message: UNREADABLE_ISSUE };
  }
}
