import type { Block, Issue } from '../types';
import { insertAt, removeAt } from './block-gaps';
import { blocksAt, findBlock, findSectionIndex, withBlocks } from './locate';

export function removeBlock(issue: Issue, blockId: string): Issue {
  const place = findBlock(issue, blockId);
  if (!place) return issue;
  const blocks = blocksAt(issue, place.section);
  if (blocks.length === 1 && place.section >= 0) {
    const section = issue.sections[place.section];
    const only = blocks[0] as Block;
    const sections = issue.sections.map((s, i) =>
      i === place.section && section
        ? { ...s, headingAfter: only.after || s.headingAfter, blocks: [] }
        : s,
    );
    return { ...issue, sections };
  }
  return withBlocks(issue, place.section, removeAt(blocks, place.index));
}

/**
 * Moves a block to `index` in a section (the same or another). The separators stay where they
 * were, so moving the last card up does not carry the gap before the next heading with it.
 */
export function moveBlock(
  issue: Issue,
  blockId: string,
  toSectionId: string,
  index: number,
): Issue {
  const from = findBlock(issue, blockId);
  const toSection = findSectionIndex(issue, toSectionId);
  if (!from || toSection < 0) return issue;
  const block = blocksAt(issue, from.section)[from.index] as Block;
  if (from.section === toSection && from.index === index) return issue;
  const without = removeBlock(issue, blockId);
  const target = blocksAt(without, toSection);
  if (target.length === 0) {
    const section = without.sections[toSection];
    const placed = { ...block, after: section?.headingAfter ?? block.after };
    const eol = issue.dialect.eol;
    const sections = without.sections.map((s, i) =>
      i === toSection ? { ...s, headingAfter: eol + eol, blocks: [placed] } : s,
    );
    return { ...without, sections };
  }
  return withBlocks(without, toSection, insertAt(target, index, block, issue.dialect));
}

/** Moves a block one place up or down within its section; no change at either end. */
export function moveBlockBy(issue: Issue, blockId: string, delta: -1 | 1): Issue {
  const place = findBlock(issue, blockId);
  const section = place && issue.sections[place.section];
  if (!place || !section) return issue;
  const index = place.index + delta;
  if (index < 0 || index >= section.blocks.length) return issue;
  return moveBlock(issue, blockId, section.id, index);
}

/** Moves a block to the end of the previous section or the start of the next one. */
export function moveBlockToSection(issue: Issue, blockId: string, delta: -1 | 1): Issue {
  const place = findBlock(issue, blockId);
  if (!place || place.section < 0) return issue;
  const target = issue.sections[place.section + delta];
  if (!target) return issue;
  const index = delta < 0 ? target.blocks.length : 0;
  return moveBlock(issue, blockId, target.id, index);
}
