// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import type { Bullet } from '../core/model/types';
import { bulletsToDoc } from './bullets-to-doc';
import { docToBullets } from './doc-to-bullets';
import { replayTypedInput } from './replay-typed-input';
import { summaryExtensions } from './summary-extensions';
import { typedInputOf, type KeyPress, type TypedInput } from './typed-input';

// jsdom has no ClipboardEvent; ProseMirror's paste makes one to hand to paste handlers.
globalThis.ClipboardEvent ??= class extends Event {} as unknown as typeof ClipboardEvent;

let editor: Editor | undefined;

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const bullet = (text: string, depth: Bullet['depth'] = 1): Bullet => ({
  id: `b-${text}`,
  depth,
  content: [{ kind: 'text', text }],
  after: '',
});

function open(bullets: Bullet[]): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: summaryExtensions(),
    content: bulletsToDoc(bullets),
  });
  editor.commands.setTextSelection(editor.state.doc.content.size - 3);
  return editor;
}

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

/** What typing `keys` into a box with nothing waiting yet would queue. */
function typed(...keys: KeyPress[]): TypedInput[] {
  const queue: TypedInput[] = [];
  for (const key of keys) {
    const input = typedInputOf(key, queue.length > 0);
    if (input) queue.push(input);
  }
  return queue;
}

const chars = (text: string) => [...text].map((c) => press(c));

const lines = (e: Editor) =>
  docToBullets(e.getJSON()).map(
    (b) => `${b.depth}:${b.content.map((i) => ('text' in i ? i.text : '')).join('')}`,
  );

describe('replaying what was typed before the editor was there', () => {
  it('inserts text at the caret, in order, and runs Enter and Backspace as the editor does', () => {
    const e = open([bullet('first'), bullet('second')]);
    replayTypedInput(
      e.view,
      typed(...chars(' more'), press('Enter'), ...chars('thirdX'), press('Backspace')),
    );
    expect(lines(e)).toEqual(['1:first', '1:second more', '1:third']);
  });

  it('moves with Control+Home and End, Home, End and the arrows', () => {
    const e = open([bullet('first'), bullet('second')]);
    replayTypedInput(
      e.view,
      typed(
        press('Home', { ctrlKey: true }),
        ...chars('A'),
        press('End'),
        ...chars('B'),
        press('ArrowDown'),
        press('Home'),
        ...chars('C'),
        press('ArrowRight'),
        ...chars('D'),
        press('End', { ctrlKey: true }),
        press('ArrowLeft'),
        ...chars('E'),
      ),
    );
    expect(lines(e)).toEqual(['1:AfirstB', '1:CsDeconEd']);
  });

  it('nests with Tab once typing has begun, and deletes a word with Control+Backspace', () => {
    const e = open([bullet('first')]);
    replayTypedInput(
      e.view,
      typed(
        press('End', { ctrlKey: true }),
        press('Enter'),
        press('Tab'),
        ...chars('two words'),
        press('Backspace', { ctrlKey: true }),
        ...chars('X'),
      ),
    );
    expect(lines(e)).toEqual(['1:first', '2:two X']);
  });

  it('pastes through the editor', () => {
    const e = open([bullet('first')]);
    replayTypedInput(e.view, [{ kind: 'paste', text: ' pasted', html: '' }]);
    expect(lines(e)).toEqual(['1:first pasted']);
  });
});

describe('which keys a box keeps for its editor', () => {
  it('keeps characters, editing keys and the editor shortcuts, not the browser ones', () => {
    expect(typedInputOf(press('a'), false)).toEqual({ kind: 'text', text: 'a' });
    expect(typedInputOf(press('é'), false)).toEqual({ kind: 'text', text: 'é' });
    expect(typedInputOf(press('Enter'), false)).toMatchObject({ kind: 'key', key: 'Enter' });
    expect(typedInputOf(press('b', { ctrlKey: true }), false)).toMatchObject({ key: 'b' });
    for (const key of ['c', 'v', 'a', 'r', 't', 'w'])
      expect(typedInputOf(press(key, { ctrlKey: true }), true)).toBeUndefined();
    expect(typedInputOf(press('Escape'), true)).toBeUndefined();
    expect(typedInputOf(press('Shift'), true)).toBeUndefined();
    expect(typedInputOf(press('x', { isComposing: true }), true)).toBeUndefined();
  });

  it('lets Tab move on to the next field until something is typed', () => {
    expect(typedInputOf(press('Tab'), false)).toBeUndefined();
    expect(typedInputOf(press('Tab'), true)).toMatchObject({ kind: 'key', key: 'Tab' });
    expect(typedInputOf(press('Tab', { shiftKey: true }), true)).toMatchObject({ shift: true });
  });
});
