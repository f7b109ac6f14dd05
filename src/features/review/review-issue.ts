// What the reviewer's page shows: the issue read from its markdown by the core importer, rendered
// to safe HTML piece by piece by the preview's renderer, with its cards kept apart so each can
// carry a reviewer's note.

export interface ReviewCard {
  /** How notes name the card (see review-card-key.ts). */
  key: string;
  title: string;
  url: string;
  tag?: string;
  /** `item`: a `* [Title](url)` list item; `paragraph`: a `[Title](url)` line (000-022). */
  style: 'item' | 'paragraph';
  /** The title line as HTML: the tag and the linked title. */
  headerHtml: string;
  /** The summary bullets as nested lists, or ''. */
  bulletsHtml: string;
}

export type ReviewPart =
  | { kind: 'html'; html: string }
  /** Consecutive cards of one list. */
  | { kind: 'cards'; cards: ReviewCard[] }
  /** A card written as a paragraph, with its bullets. */
  | { kind: 'card'; card: ReviewCard };

export interface ReviewSection {
  /** The heading as written. */
  heading: string;
  /** The heading line as HTML, as the preview renders it. */
  headingHtml: string;
  parts: ReviewPart[];
}

export interface ReviewIssue {
  title: string;
  /** The front matter date as written, or ''. */
  date: string;
  slug: string;
  preambleHtml: string;
  intro: ReviewPart[];
  sections: ReviewSection[];
  epilogueHtml: string;
  /** Every card, in reading order. */
  cards: ReviewCard[];
}
