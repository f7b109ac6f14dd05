import { readTextFile } from '../../components/read-text-file';
import { InputError } from '../../core/errors';
import { MAX_SHARED_MARKDOWN_BYTES } from '../../core/share/link-envelope';

// A review file is the markdown (what "Share for review" downloads when a link would be
// too long). It is read as strictly as a link: size capped, UTF-8 only, no binary data.

export type ReviewFileResult = { markdown: string } | { message: string };

export const REVIEW_FILE_MESSAGES = {
  tooLarge: 'This file is far larger than any issue; it was not opened.',
  notText: 'This file is not a review file: it does not hold markdown text.',
  unreadable: 'This file could not be read. Try again, or ask for a new review file.',
} as const;

export async function readReviewFile(file: Blob): Promise<ReviewFileResult> {
  if (file.size > MAX_SHARED_MARKDOWN_BYTES) return { message: REVIEW_FILE_MESSAGES.tooLarge };
  let text: string;
  try {
    text = await readTextFile(file);
  } catch (error) {
    const notText = error instanceof InputError;
    return { message: notText ? REVIEW_FILE_MESSAGES.notText : REVIEW_FILE_MESSAGES.unreadable };
  }
  // The markdown starts after a byte order mark, as it did when the browser decoded the file.
  const markdown = text.replace(/^\uFEFF/, '');
  return markdown.includes('\u0000') ? { message: REVIEW_FILE_MESSAGES.notText } : { markdown };
}
