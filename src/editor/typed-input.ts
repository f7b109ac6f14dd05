/**
 * Input typed into a rich-text box before its editor is there (its code still loading, or the
 * frame before it mounts), kept to be replayed into the editor in order: text, a key the editor
 * acts on (Enter, Backspace, arrows, Tab, shortcuts), or a paste.
 */
export type TypedInput =
  | { kind: 'text'; text: string }
  | { kind: 'key'; key: string; ctrl: boolean; shift: boolean; alt: boolean; meta: boolean }
  | { kind: 'paste'; text: string; html: string };

/** The parts of a keydown event that say what was typed. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
}

/** Keys an editor acts on by themselves or with modifiers (the browser's own moves included). */
const EDITING_KEYS = new Set([
  'Enter',
  'Backspace',
  'Delete',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
]);

/** Shortcuts the editor has (bold, italic, code, undo, redo, link); Ctrl+C, V, A, R stay the browser's. */
const SHORTCUT_LETTERS = new Set(['b', 'i', 'e', 'k', 'z', 'y']);

/**
 * What a key pressed in a box whose editor is not there yet means for that editor, or undefined
 * when the key is not the editor's (a browser shortcut, a modifier alone, Escape, a Tab that
 * moves on to the next field). `typing` says whether input is already waiting: once it is, Tab
 * belongs to the editor (it nests a bullet), before it, Tab moves the focus on as usual.
 */
export function typedInputOf(press: KeyPress, typing: boolean): TypedInput | undefined {
  if (press.isComposing) return undefined;
  const command = press.ctrlKey || press.metaKey;
  const { key } = press;
  const ofKey = (): TypedInput => ({
    kind: 'key',
    key,
    ctrl: press.ctrlKey,
    shift: press.shiftKey,
    alt: press.altKey,
    meta: press.metaKey,
  });
  if (!command && [...key].length === 1) return { kind: 'text', text: key };
  if (EDITING_KEYS.has(key)) return ofKey();
  if (key === 'Tab' && typing && !command && !press.altKey) return ofKey();
  if (command && !press.altKey && SHORTCUT_LETTERS.has(key.toLowerCase())) return ofKey();
  return undefined;
}
