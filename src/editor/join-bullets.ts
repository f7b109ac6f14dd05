import type { Editor } from '@tiptap/core';
import { listItemDepth } from './list-item-depth';

/**
 * Backspace at the start of a bullet: a nested bullet moves one level out (as Shift-Tab); a
 * first-level bullet joins the end of the bullet above it, wherever that one sits, and its text
 * goes with it. ProseMirror's own joinBackward would instead nest the bullet in the one above,
 * since a summary cannot lift a bullet out of its list.
 */
export function backspaceInBullet(editor: Editor): boolean {
  const { selection } = editor.state;
  const { $from, empty } = selection;
  if (!empty || $from.parentOffset > 0 || $from.parent.type.name !== 'paragraph') return false;
  if (listItemDepth($from) > 1) return editor.commands.liftListItem('listItem');
  // The first bullet of the summary has nothing above it to join.
  if ($from.before() <= 2) return true;
  return editor.commands.joinTextblockBackward();
}

/** Delete at the end of a bullet pulls the next bullet's text up into it. */
export function deleteInBullet(editor: Editor): boolean {
  const { selection } = editor.state;
  const { $to, empty } = selection;
  if (!empty || $to.parentOffset < $to.parent.content.size) return false;
  if ($to.parent.type.name !== 'paragraph') return false;
  return editor.commands.joinTextblockForward() || true;
}
