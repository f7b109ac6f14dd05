import { REVIEW_MAX_MARKDOWN_BYTES } from './review-link-formats';

// A review file is the markdown (what "Share for review" downloads when a link would be
// too long). It is read as strictly as a link: size capped, UTF-8 only, no binary data.

export type ReviewFileResult = { markdown: string } | { message: string };

export const REVIEW_FILE_MESSAGES = {
  tooLarge: 'This file is far larger than any issue; it was not opened.',
  notText: 'This file is not a review file: it does not hold markdown text.',
  unreadable: 'This file could not be read. Try again, or ask for a new review file.',
} as const;

export async function readReviewFile(file: Blob): Promise<ReviewFileResult> {
  if (file.size > REVIEW_MAX_MARKDOWN_BYTES) return { message: REVIEW_FILE_MESSAGES.tooLarge };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { message: REVIEW_FILE_MESSAGES.unreadable };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { message: REVIEW_FILE_MESSAGES.notText };
  }
  return text.includes('\u0000') ? { message: REVIEW_FILE_MESSAGES.notText } : { markdown: text };
}
