import { importIssue } from '../markdown/import-issue';
import type { CardShape } from '../model/card-shape';
import type { Issue } from '../model/types';
import type { NewsletterTemplate } from './template';
import { templateCardShapes } from './template-card-shapes';

/** How many of an archive's items a template reads as cards. */
export interface ArchiveCardCount {
  /** Items that open with a link, of any card shape, anywhere in the files. */
  items: number;
  /** Those the template reads as cards. */
  cards: number;
}

const EVERY_SHAPE: readonly CardShape[] = ['link-item', 'link-paragraph', 'link-heading'];

/**
 * Counts, over the archive's files, the items that could be cards (a list item, paragraph or
 * heading that opens with a link, wherever it stands) and those the template makes cards (by the
 * shapes it gives each section). A file that cannot be read counts for nothing.
 */
export function countArchiveCards(
  texts: readonly string[],
  template: Pick<NewsletterTemplate, 'sections' | 'cardShapes'>,
): ArchiveCardCount {
  const shapes = templateCardShapes(template);
  let items = 0;
  let cards = 0;
  for (const text of texts) {
    try {
      items += cardsIn(importIssue(text, { cardShapes: () => EVERY_SHAPE }));
      cards += cardsIn(importIssue(text, { cardShapes: shapes }));
    } catch {
      // An unreadable file has no items; the import that stored it said why.
    }
  }
  return { items, cards };
}

function cardsIn(issue: Issue): number {
  const blocks = [...issue.intro, ...issue.sections.flatMap((s) => s.blocks)];
  return blocks.filter((b) => b.kind === 'card').length;
}
