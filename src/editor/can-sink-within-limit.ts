import type { Node } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { innermostItemDepth, listItemDepth } from './list-item-depth';
import { MAX_BULLET_DEPTH } from './max-bullet-depth';

/**
 * True when nesting the selected bullets one level deeper keeps every bullet, their own sub-bullets
 * included, within three levels.
 */
export function canSinkWithinLimit(state: EditorState): boolean {
  const { $from, $to } = state.selection;
  return [$from, $to].every(($pos) => {
    const at = innermostItemDepth($pos);
    if (at < 0) return false;
    const deepest = listItemDepth($pos) + nestedLevels($pos.node(at));
    return deepest + 1 <= MAX_BULLET_DEPTH;
  });
}

/** How many levels of list items sit below this item (0 for an item without sub-bullets). */
function nestedLevels(item: Node): number {
  let levels = 0;
  item.descendants((node, _pos, parent) => {
    if (node.type.name !== 'listItem' || !parent) return true;
    levels = Math.max(levels, 1 + nestedLevels(node));
    return false;
  });
  return levels;
}
