// Every keyboard shortcut the app has, by where it works: what the `?` dialog lists. Each entry
// names the keys as a user presses them on Windows and Linux; the dialog shows Cmd for Ctrl on
// a Mac.

export interface Shortcut {
  keys: string[];
  action: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

export const KEYBOARD_SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: ['?'], action: 'Show these shortcuts (outside text fields)' },
      { keys: ['Esc'], action: 'Close a dialog or a prompt' },
    ],
  },
  {
    title: 'Editing an issue',
    shortcuts: [
      { keys: ['Ctrl', 'Z'], action: 'Undo a card or section change (outside text fields)' },
      { keys: ['Ctrl', 'Shift', 'Z'], action: 'Redo (also Ctrl+Y)' },
      { keys: ['Alt', '↑'], action: 'Move the card up' },
      { keys: ['Alt', '↓'], action: 'Move the card down' },
      { keys: ['Alt', 'Shift', '↑'], action: 'Move the card to the previous section' },
      { keys: ['Alt', 'Shift', '↓'], action: 'Move the card to the next section' },
    ],
  },
  {
    title: 'In a summary',
    shortcuts: [
      { keys: ['Enter'], action: 'New bullet' },
      { keys: ['Tab'], action: 'Indent the bullet (three levels at most), else next field' },
      { keys: ['Shift', 'Tab'], action: 'Outdent the bullet, else previous field' },
      { keys: ['Esc'], action: "Leave the summary for the card's next control" },
      { keys: ['Ctrl', 'K'], action: 'Link the selected text' },
      { keys: ['Ctrl', 'B'], action: 'Bold' },
      { keys: ['Ctrl', 'I'], action: 'Italic' },
      { keys: ['Ctrl', 'Z'], action: 'Undo typing' },
    ],
  },
  {
    title: 'In the inbox list',
    shortcuts: [
      { keys: ['↓'], action: 'Next candidate (also J)' },
      { keys: ['↑'], action: 'Previous candidate (also K)' },
      { keys: ['1–9'], action: 'Send the candidate to that section' },
      { keys: ['X'], action: 'Discard the candidate (also Delete)' },
    ],
  },
];
