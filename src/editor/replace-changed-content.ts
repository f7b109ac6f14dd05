import type { Editor, JSONContent } from '@tiptap/core';

/**
 * Makes the editor hold `content` by replacing only the range that differs (ProseMirror's
 * findDiffStart and findDiffEnd), so a caret outside it stays where it was: a co-editor's words
 * arriving in another bullet, or later in this one, do not move it. Not an undo step of the
 * editor's, and no update is emitted (the store already holds the content).
 */
export function replaceChangedContent(editor: Editor, content: JSONContent): void {
  const { state } = editor;
  const next = state.schema.nodeFromJSON(content);
  const start = state.doc.content.findDiffStart(next.content);
  if (start === null) return;
  const ends = state.doc.content.findDiffEnd(next.content);
  if (!ends) return;
  let { a: endA, b: endB } = ends;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  const tr = state.tr.replace(start, endA, next.slice(start, endB));
  tr.setMeta('addToHistory', false).setMeta('preventUpdate', true);
  editor.view.dispatch(tr);
}
