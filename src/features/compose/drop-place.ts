import type { Issue } from '../../core/model/types';
import { blockById, sectionById } from '../../state/block-index';

/** The droppable id of a section's end: its only place when empty, after its last block else. */
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
 * block's place (after it when moving down, before it when moving up); over a block of another
 * section it goes before that block; over a section's end it goes last. Undefined when there is
 * nowhere to go (the intro, an unknown id).
 */
export function dropPlace(issue: Issue, activeId: string, overId: string): DropPlace | undefined {
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
  return { sectionId: over.sectionId, index: overIndex };
}
