import { Extension } from '@tiptap/core';
import type { JSONContent } from '@tiptap/core';

export interface ProseEnterOptions {
  /**
   * Called on Enter with the paragraph's inline content before and after the cursor; the host
   * keeps the first part in this block and starts a new block with the second.
   */
  onSplit: (before: JSONContent[], after: JSONContent[]) => void;
}

/** Enter in a one-paragraph prose editor splits the block in two, as a new paragraph would. */
export const ProseEnter = Extension.create<ProseEnterOptions>({
  name: 'proseEnter',

  addOptions() {
    return { onSplit: () => undefined };
  },

  addKeyboardShortcuts() {
    return {
      Enter: () => {
        const { state } = this.editor;
        const { from, to } = state.selection;
        const paragraph = state.doc.child(0);
        const start = 1;
        const end = start + paragraph.content.size;
        const before = state.doc.slice(start, from).content.toJSON() as JSONContent[] | null;
        const after = state.doc.slice(to, end).content.toJSON() as JSONContent[] | null;
        this.options.onSplit(inlineOf(before), inlineOf(after));
        return true;
      },
    };
  },
});

/** A slice inside the paragraph is inline content; one reaching outside it is a paragraph. */
function inlineOf(json: JSONContent[] | null): JSONContent[] {
  return (json ?? []).flatMap((node) =>
    node.type === 'paragraph' ? (node.content ?? []) : [node],
  );
}
