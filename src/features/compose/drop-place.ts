import type { Issue } from '../../core/model/types';
import { blockById, sectionById } from '../../state/block-index';

/** The droppable id of an empty section (a card can be dropped into it). */
export function sectionDropId(sectionId: string): string {
  return `section-drop:${sectionId}`;
}

function sectionOfDropId(id: string): string | undefined {
  return id.startsWith('section-drop:') ? id.slice('section-drop:'.length) : undefined;
}

/** Where a dragged block goes: a section and the index it takes there (as moveBlock reads it). */
export interface DropPlace {
  sectionId: string;
  index: number;
}

/**
 * Where a block dragged over `overId` lands: over a block of its own section it takes that
 * block's place (the others shift, as the sortable list showed); over a block of another section
 * it goes before that block, or after it when dropped on its lower half; over an empty section it
 * becomes its only block. Undefined when there is nowhere to go (the intro, an unknown id).
 */
export function dropPlace(
  issue: Issue,
  activeId: string,
  overId: string,
  below = false,
): DropPlace | undefined {
  const active = blockById(issue, activeId);
  if (!active || active.sectionId === null) return undefined;
  const emptySection = sectionOfDropId(overId);
  if (emptySection !== undefined) {
    const section = sectionById(issue, emptySection);
    if (!section) return undefined;
    const own = emptySection === active.sectionId ? 1 : 0;
    return { sectionId: emptySection, index: section.blocks.length - own };
  }
  const over = blockById(issue, overId);
  if (!over || over.sectionId === null) return undefined;
  const section = sectionById(issue, over.sectionId);
  if (!section) return undefined;
  const overIndex = section.blocks.findIndex((b) => b.id === overId);
  if (over.sectionId === active.sectionId) return { sectionId: over.sectionId, index: overIndex };
  return { sectionId: over.sectionId, index: overIndex + (below ? 1 : 0) };
}
