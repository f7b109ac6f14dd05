// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { Bullet } from '../core/model/types';
import { bulletsToDoc } from './bullets-to-doc';
import { docToBullets } from './doc-to-bullets';
import { replaceChangedContent } from './replace-changed-content';
import { summaryExtensions } from './summary-extensions';

let editor: Editor | undefined;

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const bullet = (id: string, text: string): Bullet => ({
  id,
  depth: 1,
  content: [{ kind: 'text', text }],
  after: '',
});

function open(bullets: Bullet[]): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: summaryExtensions({}),
    content: bulletsToDoc(bullets),
  });
  return editor;
}

/** Puts the caret after `text` in the editor's content. */
function caretAfter(current: Editor, text: string): number {
  let at = -1;
  current.state.doc.descendants((node, pos) => {
    const found = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (at < 0 && found >= 0) at = pos + found + text.length;
  });
  current.view.dispatch(current.state.tr.setSelection(TextSelection.create(current.state.doc, at)));
  return at;
}

describe('replaceChangedContent', () => {
  it('holds the new content, the caret where it was when the change is after it', () => {
    const current = open([bullet('b1', 'First bullet'), bullet('b2', 'Second bullet')]);
    const caret = caretAfter(current, 'First');
    const updates: unknown[] = [];
    current.on('update', () => updates.push(1));
    const next = [bullet('b1', 'First bullet'), bullet('b2', 'Second bullet, from Ben')];
    replaceChangedContent(current, bulletsToDoc(next));
    expect(docToBullets(current.getJSON()).map((b) => b.content)).toEqual(
      next.map((b) => b.content),
    );
    expect(current.state.selection.from).toBe(caret);
    expect(updates).toEqual([]);
  });

  it('moves the caret with the text when words arrive before it', () => {
    const current = open([bullet('b1', 'typing here')]);
    const caret = caretAfter(current, 'typing');
    replaceChangedContent(current, bulletsToDoc([bullet('b1', 'Ben: typing here')]));
    expect(current.state.selection.from).toBe(caret + 'Ben: '.length);
  });

  it('changes nothing when the content is the same', () => {
    const current = open([bullet('b1', 'Same')]);
    const before = current.state.doc;
    replaceChangedContent(current, bulletsToDoc([bullet('b1', 'Same')]));
    expect(current.state.doc).toBe(before);
  });
});
