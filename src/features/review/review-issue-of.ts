import type { Block, FrontMatter, Issue, LinkCard } from '../../core/model/types';
import { renderBlock, renderCardBullets, renderCardHeader } from '../../core/render/render-block';
import { renderSectionHeading } from '../../core/render/render-issue';
import { renderMarkdown } from '../../core/render/render-markdown';
import { reviewCardKeys } from './review-card-key';
import type { ReviewCard, ReviewIssue, ReviewPart } from './review-issue';

/**
 * An issue as the reviewer's page shows it: its parts rendered with the preview's renderer, so
 * the page shows the cards, sections and links the editor would, with its cards kept apart so
 * each can carry a reviewer's note. The issue comes from a shared link's markdown
 * (readReviewIssue) or live from the workspace's document.
 */
export function reviewIssueOf(issue: Issue): ReviewIssue {
  const cardsIn = (blocks: readonly Block[]) =>
    blocks.filter((block): block is LinkCard => block.kind === 'card');
  const linkCards = [...cardsIn(issue.intro), ...issue.sections.flatMap((s) => cardsIn(s.blocks))];
  const keys = reviewCardKeys(linkCards.map((card) => card.url));
  const cards = linkCards.map((card, index) => reviewCard(card, keys[index] ?? `c${index}`));
  const byCard = new Map(linkCards.map((card, index) => [card, cards[index] as ReviewCard]));
  const partsOf = (blocks: readonly Block[]) => reviewParts(blocks, byCard);
  return {
    title: field(issue.frontMatter, 'title'),
    date: field(issue.frontMatter, 'date'),
    slug: field(issue.frontMatter, 'slug'),
    preambleHtml: renderRegion(issue.preamble),
    intro: partsOf(issue.intro),
    sections: issue.sections.map((section) => ({
      heading: section.heading,
      headingHtml: renderSectionHeading(section),
      parts: partsOf(section.blocks),
    })),
    epilogueHtml: renderRegion(issue.epilogue),
    cards,
  };
}

function reviewCard(card: LinkCard, key: string): ReviewCard {
  return {
    key,
    title: card.title,
    url: card.url,
    ...(card.tag === undefined ? {} : { tag: card.tag }),
    style: card.style,
    headerHtml: renderCardHeader(card),
    bulletsHtml: renderCardBullets(card),
  };
}

/** Consecutive list-style cards share one part, as they share one `<ul>`; prose and raw blocks
 * become HTML. */
function reviewParts(blocks: readonly Block[], cards: Map<LinkCard, ReviewCard>): ReviewPart[] {
  const parts: ReviewPart[] = [];
  for (const block of blocks) {
    const last = parts[parts.length - 1];
    const card = block.kind === 'card' ? cards.get(block) : undefined;
    if (card?.style === 'item' && last?.kind === 'cards') last.cards.push(card);
    else if (card?.style === 'item') parts.push({ kind: 'cards', cards: [card] });
    else if (card) parts.push({ kind: 'card', card });
    else if (last?.kind === 'html') last.html += renderBlock(block);
    else parts.push({ kind: 'html', html: renderBlock(block) });
  }
  return parts;
}

function renderRegion(markdown: string): string {
  return markdown.trim() === '' ? '' : renderMarkdown(markdown);
}

/** A front matter field as text: a string, a number or a date as written; '' otherwise. */
function field(frontMatter: FrontMatter, key: string): string {
  const value = frontMatter.entries.find((entry) => entry.key === key)?.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'date' in value && typeof value.date === 'string') {
    return value.date;
  }
  return '';
}
