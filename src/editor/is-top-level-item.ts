import type { EditorState } from '@tiptap/pm/state';
import { listItemDepth } from './list-item-depth';

/** True when the selection starts in a first-level bullet, which cannot be lifted further. */
export function isTopLevelItem(state: EditorState): boolean {
  return listItemDepth(state.selection.$from) <= 1;
}
