import type { EditorView } from '@tiptap/pm/view';

/**
 * ProseMirror's handleScrollToSelection for editors that sit in the page's own scroll (no
 * scrolling box between them and the document), as the cards of a long issue do. After every
 * keystroke ProseMirror measures each ancestor of the editor to scroll the caret into view: a
 * card of a 500-card issue has a dozen, which cost half a millisecond a keystroke. This measures
 * the caret once and, while it is inside the window, says the scrolling is done; otherwise
 * ProseMirror scrolls as usual.
 */
export function skipScrollWhileCaretInWindow(view: EditorView): boolean {
  const page = view.dom.ownerDocument.defaultView;
  if (!page) return false;
  let caret: { top: number; bottom: number };
  try {
    caret = view.coordsAtPos(view.state.selection.head);
  } catch {
    return false;
  }
  return caret.top >= 0 && caret.bottom <= page.innerHeight;
}
