import { useEffect } from 'react';
import { isTextField } from '../../components/is-text-field';
import type { EditorStore } from '../../state/create-editor-store';

/**
 * Ctrl/Cmd-Z undoes and Ctrl/Cmd-Shift-Z (or Ctrl-Y) redoes card and section operations, when
 * the focus is not in a text field (there the field's own text undo applies).
 */
export function useUndoShortcuts(store: EditorStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (!redo && !(key === 'z' && !event.shiftKey)) return;
      event.preventDefault();
      if (redo) store.getState().redo();
      else store.getState().undo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
