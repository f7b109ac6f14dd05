import {
  moveBlock,
  moveBlockBy,
  moveBlockToSection,
  removeBlock,
} from '../core/model/ops/block-ops';
import { newId } from '../core/model/new-id';
import type { Issue } from '../core/model/types';
import { blockById, sectionById } from './block-index';
import { describeBlock } from './describe-block';
import type { BlockActions, EditorState } from './editor-state';
import {
  appendBlock,
  insertBlockAfter,
  newProse,
  setProseContent,
  setRawMarkdown,
} from './prose-ops';
import type { Slice } from './slice';

export function blockActions(): Slice<BlockActions> {
  return (_set, get) => ({
    removeBlock: (blockId) => {
      const found = blockById(get().issue, blockId);
      if (!found || !get().commit((issue) => removeBlock(issue, blockId))) return;
      get().announce(`Removed ${describeBlock(found.block)}. Undo brings it back.`);
    },

    moveBlock: (blockId, toSectionId, index) => {
      if (get().commit((issue) => moveBlock(issue, blockId, toSectionId, index)))
        announceMove(get(), blockId);
    },

    moveBlockBy: (blockId, delta) => {
      if (get().commit((issue) => moveBlockBy(issue, blockId, delta))) announceMove(get(), blockId);
    },

    moveBlockToSection: (blockId, delta) => {
      if (get().commit((issue) => moveBlockToSection(issue, blockId, delta)))
        announceMove(get(), blockId);
    },

    setProseContent: (blockId, content) => {
      get().commit((issue) => setProseContent(issue, blockId, content), `prose:${blockId}`);
    },

    setRawMarkdown: (blockId, markdown) => {
      get().commit((issue) => setRawMarkdown(issue, blockId, markdown), `raw:${blockId}`);
    },

    addProse: (place, content = []) => {
      const block = newProse(newId('p'), content);
      const add = (issue: Issue) =>
        'after' in place
          ? insertBlockAfter(issue, place.after, block)
          : appendBlock(issue, place.sectionId, block);
      if (!get().commit(add)) return undefined;
      get().requestFocus(block.id, 'prose');
      return block.id;
    },
  });
}

/** Tells screen readers where a moved block is now: its position and its section. */
function announceMove(state: EditorState, blockId: string): void {
  const found = blockById(state.issue, blockId);
  if (!found) return;
  const section = found.sectionId === null ? undefined : sectionById(state.issue, found.sectionId);
  const blocks = section ? section.blocks : state.issue.intro;
  const position = blocks.findIndex((b) => b.id === blockId) + 1;
  const where = section ? section.heading : 'the introduction';
  state.announce(
    `Moved ${describeBlock(found.block)} to position ${position} of ${blocks.length} in ${where}.`,
  );
}
