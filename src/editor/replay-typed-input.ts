import { Selection, TextSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { TypedInput } from './typed-input';

/**
 * Replays input typed before the editor was there, as if it had been typed into it: text goes
 * through the editor's text-input handlers (input rules) and is inserted at the selection, keys
 * through its key handlers, and what a key does natively in a browser (moving the caret, deleting
 * a character) is done here when no handler takes it. A paste goes through the editor's paste.
 */
export function replayTypedInput(view: EditorView, input: readonly TypedInput[]): void {
  for (const item of input) {
    if (item.kind === 'text') insertText(view, item.text);
    else if (item.kind === 'paste') {
      if (!(item.html && view.pasteHTML(item.html))) view.pasteText(item.text);
    } else pressKey(view, item);
  }
}

function insertText(view: EditorView, text: string): void {
  const { from, to } = view.state.selection;
  const insert = () => view.state.tr.insertText(text, from, to);
  const handled = view.someProp('handleTextInput', (handle) =>
    handle(view, from, to, text, insert),
  );
  if (!handled) view.dispatch(insert().scrollIntoView());
}

type KeyInput = Extract<TypedInput, { kind: 'key' }>;

function pressKey(view: EditorView, item: KeyInput): void {
  const event = new KeyboardEvent('keydown', {
    key: item.key,
    ctrlKey: item.ctrl,
    shiftKey: item.shift,
    altKey: item.alt,
    metaKey: item.meta,
    bubbles: true,
    cancelable: true,
  });
  if (view.someProp('handleKeyDown', (handle) => handle(view, event))) return;
  const next = nativeKey(view.state, item);
  if (next) view.dispatch(next.scrollIntoView());
}

/** What the browser does with a key no handler took: caret moves and one-character deletes. */
function nativeKey(state: EditorState, item: KeyInput) {
  const { selection, doc } = state;
  const word = item.ctrl || item.alt;
  const move = (head: Selection | null) => {
    if (!head) return undefined;
    const selected = item.shift
      ? TextSelection.between(selection.$anchor, head.$head)
      : TextSelection.near(head.$head);
    return state.tr.setSelection(selected);
  };
  const { $head } = selection;
  switch (item.key) {
    case 'Home':
      return move(item.ctrl ? Selection.atStart(doc) : Selection.near(doc.resolve($head.start())));
    case 'End':
      return move(item.ctrl ? Selection.atEnd(doc) : Selection.near(doc.resolve($head.end()), -1));
    case 'ArrowLeft':
    case 'ArrowRight':
      return move(step(state, item.key === 'ArrowLeft' ? -1 : 1, word));
    case 'ArrowUp':
    case 'ArrowDown':
      return move(lineStep(state, item.key === 'ArrowUp' ? -1 : 1));
    case 'Backspace':
    case 'Delete': {
      if (!selection.empty) return state.tr.deleteSelection();
      const to = step(state, item.key === 'Backspace' ? -1 : 1, word);
      if (!to || to.$head.parent !== $head.parent) return undefined;
      const [from, end] = [to.head, $head.pos].sort((a, b) => a - b) as [number, number];
      return state.tr.delete(from, end);
    }
    default:
      return undefined;
  }
}

/** The caret one character (or one word) to the left or right, into the next textblock at its edge. */
function step(state: EditorState, dir: -1 | 1, word: boolean): Selection | null {
  const { $head } = state.selection;
  if ($head.depth === 0) return null;
  const offset = $head.parentOffset;
  const size = $head.parent.content.size;
  const text = $head.parent.textContent;
  if (dir < 0 ? offset === 0 : offset === size)
    return Selection.findFrom(
      state.doc.resolve(dir < 0 ? $head.before() : $head.after()),
      dir,
      true,
    );
  let next = offset + dir;
  if (word) {
    const isWord = (i: number) => /\w/.test(text.charAt(i));
    if (dir < 0) {
      while (next > 0 && !isWord(next)) next--;
      while (next > 0 && isWord(next - 1)) next--;
    } else {
      while (next < text.length && !isWord(next)) next++;
      while (next < text.length && isWord(next)) next++;
    }
  }
  return TextSelection.create(state.doc, $head.start() + Math.max(0, Math.min(next, size)));
}

/** The caret in the textblock above or below, at the same offset where it is long enough. */
function lineStep(state: EditorState, dir: -1 | 1): Selection | null {
  const { $head } = state.selection;
  if ($head.depth === 0) return null;
  const edge = state.doc.resolve(dir < 0 ? $head.before() : $head.after());
  const found = Selection.findFrom(edge, dir, true);
  if (!found) return dir < 0 ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
  const { $head: $next } = found;
  const offset = Math.min($head.parentOffset, $next.parent.content.size);
  return TextSelection.create(state.doc, $next.start() + offset);
}
