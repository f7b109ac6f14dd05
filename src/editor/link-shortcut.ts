import { Extension, type Editor } from '@tiptap/core';

export interface LinkShortcutOptions {
  /** Called on Ctrl/Cmd-K: the host asks for a URL and applies it with setEditorLink. */
  onRequestLink: (editor: Editor) => void;
}

/** Ctrl/Cmd-K asks the host for a link for the selection. */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',

  addOptions() {
    return { onRequestLink: () => undefined };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onRequestLink(this.editor);
        return true;
      },
    };
  },
});
