import { Extension, type Editor } from '@tiptap/core';

export interface LeaveOnEscapeOptions {
  /** Called on Escape: the host moves the focus out of the editor. */
  onLeave: (editor: Editor) => void;
}

/** Escape leaves the editor: the host says where the focus goes. */
export const LeaveOnEscape = Extension.create<LeaveOnEscapeOptions>({
  name: 'leaveOnEscape',

  addOptions() {
    return { onLeave: () => undefined };
  },

  addKeyboardShortcuts() {
    return {
      Escape: () => {
        this.options.onLeave(this.editor);
        return true;
      },
    };
  },
});
