import type { Block, Issue, Section } from '../core/model/types';

/** A block and the section holding it (null for the intro). */
export interface IndexedBlock {
  block: Block;
  sectionId: string | null;
}

interface IssueIndex {
  blocks: Map<string, IndexedBlock>;
  sections: Map<string, Section>;
}

const indexes = new WeakMap<Issue, IssueIndex>();

/**
 * Blocks and sections by id, built once per issue object. Each card's store subscription looks
 * itself up here, so a keystroke costs one pass over the issue, not one per card.
 */
function indexOf(issue: Issue): IssueIndex {
  let index = indexes.get(issue);
  if (index) return index;
  const blocks = new Map<string, IndexedBlock>();
  const sections = new Map<string, Section>();
  for (const block of issue.intro) blocks.set(block.id, { block, sectionId: null });
  for (const section of issue.sections) {
    sections.set(section.id, section);
    for (const block of section.blocks) blocks.set(block.id, { block, sectionId: section.id });
  }
  index = { blocks, sections };
  indexes.set(issue, index);
  return index;
}

export function blockById(issue: Issue, id: string): IndexedBlock | undefined {
  return indexOf(issue).blocks.get(id);
}

export function sectionById(issue: Issue, id: string): Section | undefined {
  return indexOf(issue).sections.get(id);
}
