import type { Block, Bullet, CardParagraph, Issue, LinkCard, RichText } from '../types';
import { newId } from '../new-id';
import { richTextEquals, textOf } from '../rich-text';
import { blocksAt, findBlock, findSectionIndex, updateBlock, withBlocks } from './locate';
import { insertAt } from './block-gaps';

export interface CardFields {
  title?: string;
  url?: string;
  tag?: string | undefined;
  /** The text after the title link ("(5 minute read)"); empty or undefined removes it. */
  trailing?: RichText | undefined;
}

/**
 * Changes a card's title, URL, tag or trailing text; its title line is rewritten only if one
 * really changed.
 */
export function updateCardFields(issue: Issue, cardId: string, fields: CardFields): Issue {
  return updateBlock(issue, cardId, (block) => {
    if (block.kind !== 'card') return block;
    const next: LinkCard = { ...block, ...fields };
    if ('tag' in fields && !fields.tag) delete next.tag;
    if ('trailing' in fields && !fields.trailing?.length) delete next.trailing;
    const changed =
      next.title !== block.title ||
      next.url !== block.url ||
      next.tag !== block.tag ||
      !richTextEquals(next.trailing ?? [], block.trailing ?? []);
    if (!changed) return block;
    delete next.headerSource;
    return next;
  });
}

/**
 * Replaces a card's description paragraphs with `contents`; a paragraph whose content is
 * unchanged keeps its original text, so editing one rewrites one paragraph.
 */
export function setCardDescription(issue: Issue, cardId: string, contents: RichText[]): Issue {
  return updateBlock(issue, cardId, (block) => {
    if (block.kind !== 'card') return block;
    const old = block.description ?? [];
    const description = contents.map((content, i): CardParagraph => {
      const before = old[i];
      if (before && richTextEquals(before.content, content)) return before;
      return { id: before?.id ?? newId('d'), content, after: before?.after ?? '' };
    });
    const last = description[description.length - 1];
    if (last && last.after !== '') description[description.length - 1] = { ...last, after: '' };
    const next: LinkCard = { ...block, description };
    if (description.length === 0) delete next.description;
    return next;
  });
}

/** The bullets as the editor holds them: depth and content, with the id of the bullet they were. */
export interface BulletInput {
  id?: string;
  depth: Bullet['depth'];
  content: RichText;
}

/**
 * Replaces a card's bullets with what the editor holds. A bullet keeps its original text when its
 * id, depth and content are unchanged, so editing one bullet rewrites one line.
 */
export function setCardBullets(issue: Issue, cardId: string, inputs: BulletInput[]): Issue {
  return updateBlock(issue, cardId, (block) => {
    if (block.kind !== 'card') return block;
    const old = new Map(block.bullets.map((b) => [b.id, b]));
    const bullets = inputs.map((input): Bullet => {
      const before = input.id ? old.get(input.id) : undefined;
      if (before && before.depth === input.depth && richTextEquals(before.content, input.content)) {
        return before;
      }
      return {
        id: input.id ?? newId('b'),
        depth: input.depth,
        content: input.content,
        after: before?.after ?? '',
      };
    });
    const last = bullets[bullets.length - 1];
    if (last && last.after !== '') bullets[bullets.length - 1] = { ...last, after: '' };
    return { ...block, bullets };
  });
}

export function setBulletContent(
  issue: Issue,
  cardId: string,
  bulletId: string,
  content: RichText,
): Issue {
  return updateBlock(issue, cardId, (block) => {
    if (block.kind !== 'card') return block;
    const bullets = block.bullets.map((b) => {
      if (b.id !== bulletId || richTextEquals(b.content, content)) return b;
      const { source: _dropped, ...rest } = b;
      return { ...rest, content };
    });
    return { ...block, bullets };
  });
}

export interface NewCard {
  title: string;
  url: string;
  tag?: string;
  bullets?: (string | RichText)[];
}

/** A card written in the issue's dialect; plain-string bullets become depth-1 bullets. */
export function createCard(issue: Issue, input: NewCard): LinkCard {
  const bullets = (input.bullets ?? []).map((b): Bullet => ({
    id: newId('b'),
    depth: 1,
    content: typeof b === 'string' ? textOf(b) : b,
    after: '',
  }));
  const card: LinkCard = {
    kind: 'card',
    id: newId('c'),
    title: input.title,
    url: input.url,
    bullets,
    style: issue.dialect.cardStyle,
    headerAfter: '',
    after: '',
  };
  if (input.tag) card.tag = input.tag;
  return card;
}

/** Adds a card to a section, at the end unless `index` is given. */
export function addCard(issue: Issue, sectionId: string, card: LinkCard, index?: number): Issue {
  const section = findSectionIndex(issue, sectionId);
  if (section < 0) return issue;
  const target = issue.sections[section];
  const blocks = blocksAt(issue, section);
  if (!target) return issue;
  if (blocks.length === 0) {
    const { eol } = issue.dialect;
    const placed = { ...card, after: target.headingAfter };
    const sections = issue.sections.map((s, i) =>
      i === section ? { ...s, headingAfter: eol + eol, blocks: [placed] } : s,
    );
    return { ...issue, sections };
  }
  const at = index ?? blocks.length;
  const shaped = likeNeighbour(card, blocks, at);
  return withBlocks(issue, section, insertAt(blocks, at, shaped, issue.dialect));
}

/**
 * A new card takes the shape of the card before it (else the first after it): a list item or a
 * paragraph, bold or not, a heading of the same level, so it looks like its neighbours.
 */
function likeNeighbour(card: LinkCard, blocks: Block[], at: number): LinkCard {
  if (card.headerSource !== undefined) return card;
  const cards = (list: Block[]) => list.filter((b): b is LinkCard => b.kind === 'card');
  const neighbour = cards(blocks.slice(0, at)).pop() ?? cards(blocks.slice(at))[0];
  if (!neighbour) return card;
  const shaped: LinkCard = { ...card, style: neighbour.style };
  delete shaped.bold;
  delete shaped.heading;
  if (neighbour.bold) shaped.bold = true;
  if (neighbour.heading !== undefined) shaped.heading = neighbour.heading;
  return shaped;
}

export function hasCard(issue: Issue, cardId: string): boolean {
  return findBlock(issue, cardId) !== undefined;
}
