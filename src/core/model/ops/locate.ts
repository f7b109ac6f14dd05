import type { Block, Issue, LinkCard, Section } from '../types';

/** Where a block sits: a section's index, or -1 for the intro. */
export interface BlockPlace {
  section: number;
  index: number;
}

export function blocksAt(issue: Issue, section: number): Block[] {
  return section < 0 ? issue.intro : (issue.sections[section]?.blocks ?? []);
}

export function findBlock(issue: Issue, blockId: string): BlockPlace | undefined {
  const introIndex = issue.intro.findIndex((b) => b.id === blockId);
  if (introIndex >= 0) return { section: -1, index: introIndex };
  for (let s = 0; s < issue.sections.length; s++) {
    const index = (issue.sections[s] as Section).blocks.findIndex((b) => b.id === blockId);
    if (index >= 0) return { section: s, index };
  }
  return undefined;
}

export function findCard(issue: Issue, cardId: string): LinkCard | undefined {
  const place = findBlock(issue, cardId);
  const block = place && blocksAt(issue, place.section)[place.index];
  return block?.kind === 'card' ? block : undefined;
}

export function findSectionIndex(issue: Issue, sectionId: string): number {
  return issue.sections.findIndex((s) => s.id === sectionId);
}

/** A new issue with the blocks of one place replaced. */
export function withBlocks(issue: Issue, section: number, blocks: Block[]): Issue {
  if (section < 0) return { ...issue, intro: blocks };
  const sections = issue.sections.map((s, i) => (i === section ? { ...s, blocks } : s));
  return { ...issue, sections };
}

/** Applies `update` to one block, wherever it is; the issue is unchanged if the id is unknown. */
export function updateBlock(issue: Issue, blockId: string, update: (block: Block) => Block): Issue {
  const place = findBlock(issue, blockId);
  if (!place) return issue;
  const blocks = blocksAt(issue, place.section).slice();
  blocks[place.index] = update(blocks[place.index] as Block);
  return withBlocks(issue, place.section, blocks);
}

/** Every card of the issue in reading order, with its section. */
export function allCards(issue: Issue): { card: LinkCard; section: Section }[] {
  return issue.sections.flatMap((section) =>
    section.blocks
      .filter((b): b is LinkCard => b.kind === 'card')
      .map((card) => ({ card, section })),
  );
}
