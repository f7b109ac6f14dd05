import type { Editor } from '@tiptap/react';
import type { MountAt } from './rich-box-mount';

/** Focuses a just-mounted editor where the user clicked (when layout allows), else at an end. */
export function focusEditorAt(editor: Editor, at: MountAt): void {
  if (typeof at === 'string') {
    editor.commands.focus(at);
    return;
  }
  let pos: number | undefined;
  try {
    pos = editor.view.posAtCoords({ left: at.x, top: at.y })?.pos;
  } catch {
    pos = undefined; // no layout (tests): fall back to the end
  }
  editor.commands.focus(pos ?? 'end');
}
