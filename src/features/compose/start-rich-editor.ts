import { resolveFocusPosition } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { replayTypedInput } from '../../editor/replay-typed-input';
import type { MountAt } from './rich-box-mount';
import type { TypeAhead } from './type-ahead';

/**
 * Starts a just-mounted editor: the caret where the user clicked (when layout allows) or at an
 * end, the focus (unless the box was left meanwhile), then whatever was typed before it was there,
 * in order, put into the store at once with `commit`. Returns false when the box was left: the
 * caller closes the editor.
 */
export function startRichEditor(
  editor: Editor,
  at: MountAt,
  typeAhead: TypeAhead,
  commit: () => void,
): boolean {
  const focus = !typeAhead.detached;
  const { view } = editor;
  const selection = resolveFocusPosition(editor.state.doc, caretPlace(editor, at));
  if (selection) {
    const tr = editor.state.tr.setSelection(selection);
    view.dispatch(focus ? tr.scrollIntoView() : tr);
  }
  // At once, not in the next frame as TipTap's focus command does: a key pressed in between
  // would land on the page, since the box that had the focus is gone.
  if (focus) view.focus();
  const typed = typeAhead.take();
  if (typed.length > 0) {
    replayTypedInput(editor.view, typed);
    commit();
  }
  typeAhead.settle();
  return focus;
}

function caretPlace(editor: Editor, at: MountAt): number | 'start' | 'end' {
  if (typeof at === 'string') return at;
  try {
    return editor.view.posAtCoords({ left: at.x, top: at.y })?.pos ?? 'end';
  } catch {
    return 'end'; // no layout (tests): fall back to the end
  }
}
