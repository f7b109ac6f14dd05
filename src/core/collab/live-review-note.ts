/**
 * A reviewer's note and "fine" mark on one card, as read from an issue's notes document (see
 * notes-doc-name.ts) and checked: the document is written by reviewers' browsers, so nothing but
 * these plain fields, within their limits, is taken from it.
 */
export interface LiveReviewNote {
  /** The card's review key: a checksum of its link (see features/review/review-card-key.ts). */
  key: string;
  /** The note's text, or '' for a card only marked fine. */
  note: string;
  fine: boolean;
  /** The reviewer's name as they gave it. */
  by: string;
  /** When the reviewer last changed it, in milliseconds since 1970. */
  at: number;
}
