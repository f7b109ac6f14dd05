import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { plainText } from '../../core/model/rich-text';
import type { Block, Issue } from '../../core/model/types';
import { blockById, sectionById } from '../../state/block-index';
import { dropPlace } from './drop-place';

/** How a dragged block is named: `card "Title"`, or a paragraph or markdown by its first words. */
export function nameOfBlock(block: Block): string {
  if (block.kind === 'card') return `card "${block.title.trim() || 'Untitled card'}"`;
  const text = (block.kind === 'prose' ? plainText(block.content) : block.markdown).trim();
  const words = text.split(/\s+/).slice(0, 6).join(' ');
  const what = block.kind === 'prose' ? 'paragraph' : 'markdown block';
  return words === ''
    ? `empty ${what}`
    : `${what} "${words}${text.length > words.length ? '…' : ''}"`;
}

/** The id of the instructions every drag handle is described by. */
export const DRAG_INSTRUCTIONS_ID = 'block-drag-instructions';

export const dragInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this block, press Space or Enter. Then use the Up and Down arrow keys to move it ' +
    'within its section or into the next one, press Space or Enter to drop it, or Escape to ' +
    'cancel. Alt+Up and Alt+Down also move a card from inside it.',
};

/**
 * What screen readers hear while a block is dragged, worded for cards and sections: where it
 * was picked up, where it would go, and whether it was dropped or put back. Read at the time of
 * each event, before the store applies a drop.
 */
export function dragAnnouncements(getIssue: () => Issue): Announcements {
  const name = (id: string | number) => {
    const found = blockById(getIssue(), String(id));
    return found ? nameOfBlock(found.block) : 'the block';
  };
  const at = (id: string | number) => positionOf(getIssue(), String(id));
  // Where the block was last said to be over: the pick-up counts as over its own place.
  let lastOver: string | undefined;
  return {
    onDragStart: ({ active }) => {
      lastOver = String(active.id);
      return (
        `Picked up ${name(active.id)}. It is ${at(active.id)}. Use the arrow keys to move it, ` +
        'Space or Enter to drop it, Escape to cancel.'
      );
    },
    onDragOver: ({ active, over }) => {
      const overId = over ? String(over.id) : undefined;
      if (overId === lastOver) return undefined;
      lastOver = overId;
      if (overId === undefined)
        return `${capital(name(active.id))} is no longer over a place to drop it.`;
      const place = dropPlace(getIssue(), String(active.id), overId);
      if (!place) return undefined;
      return `${capital(name(active.id))} would move ${describePlace(getIssue(), place, String(active.id))}.`;
    },
    // A drop that moves the block is announced by the store's move ("Moved … to position …").
    onDragEnd: ({ active, over }) => {
      if (!over) return `Put ${name(active.id)} back: it was not over a section.`;
      return over.id === active.id ? `Dropped ${name(active.id)} where it was.` : undefined;
    },
    onDragCancel: ({ active }) =>
      `Moving ${name(active.id)} was cancelled. It is back ${at(active.id)}.`,
  };
}

/** "at position 2 of 5 in AWS blogs" */
function positionOf(issue: Issue, blockId: string): string {
  const found = blockById(issue, blockId);
  const section = found?.sectionId ? sectionById(issue, found.sectionId) : undefined;
  if (!section) return 'in the introduction';
  const index = section.blocks.findIndex((b) => b.id === blockId);
  return `at position ${index + 1} of ${section.blocks.length} in ${section.heading}`;
}

function describePlace(
  issue: Issue,
  place: { sectionId: string; index: number },
  activeId: string,
): string {
  const section = sectionById(issue, place.sectionId);
  if (!section) return 'nowhere';
  const own = blockById(issue, activeId)?.sectionId === place.sectionId;
  const count = section.blocks.length + (own ? 0 : 1);
  return `to position ${place.index + 1} of ${count} in ${section.heading}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
