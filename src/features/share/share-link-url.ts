// The share link of an issue and what the editor is told about it.

/** Longer links are cut by some mail clients; the button then offers a review file. */
export const MAX_SAFE_LINK_CHARS = 8000;

export interface ShareLinkInfo {
  url: string;
  length: number;
  tooLong: boolean;
}

/** The reviewer's address for a link fragment: the preview route, the issue after "#". */
export function shareLinkUrl(origin: string, fragment: string): ShareLinkInfo {
  const url = `${origin}/preview#${fragment}`;
  return { url, length: url.length, tooLong: url.length > MAX_SAFE_LINK_CHARS };
}

/** `056.review.md`: a safe file name from the slug (letters, digits, dot, dash, underscore). */
export function reviewFileName(slug: string | undefined): string {
  const safe = (slug ?? '').replace(/[^\w.-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '');
  return `${safe || 'issue'}.review.md`;
}
