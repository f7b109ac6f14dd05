// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { importIssue } from '../core/markdown/import-issue';
import { allCards } from '../core/model/ops/locate';
import { richTextEquals } from '../core/model/rich-text';
import type { Bullet } from '../core/model/types';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bulletsToDoc } from './bullets-to-doc';
import { docToBullets } from './doc-to-bullets';
import { setEditorLink } from './set-editor-link';
import { summaryExtensions, type SummaryExtensionOptions } from './summary-extensions';

// jsdom's URL is not Node's, so the corpus is found from the working directory (the repo root).
const corpusDir = join(process.cwd(), 'test/fixtures/eks-news');
const corpusFiles = () =>
  readdirSync(corpusDir)
    .filter((n) => /^\d{3}\.md$/.test(n))
    .sort();
const readCorpus = (name: string) => readFileSync(join(corpusDir, name), 'utf8');

let editor: Editor | undefined;

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

function open(bullets: Bullet[], options: SummaryExtensionOptions = {}): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: summaryExtensions(options),
    content: bulletsToDoc(bullets),
  });
  return editor;
}

/** jsdom has no ClipboardEvent; ProseMirror only needs an event to hand to paste handlers. */
function pasteEvent(): ClipboardEvent {
  return new Event('paste') as ClipboardEvent;
}

function b(id: string, depth: Bullet['depth'], text: string): Bullet {
  return { id, depth, content: [{ kind: 'text', text }], after: '' };
}

/** Puts the cursor at the end of the bullet whose text is `text`. */
function cursorAtEndOf(ed: Editor, text: string): void {
  let at = -1;
  ed.state.doc.descendants((node, pos) => {
    if (node.isText && node.text === text) at = pos + text.length;
  });
  expect(at).toBeGreaterThan(0);
  ed.view.dispatch(ed.state.tr.setSelection(TextSelection.create(ed.state.doc, at)));
}

/**
 * Presses a key in the editor as a browser would deliver it; true when the editor took it (the
 * browser's own action, such as moving the focus on Tab, is then prevented).
 */
function press(ed: Editor, key: string, shiftKey = false): boolean {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  ed.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

function depths(ed: Editor): [string, number][] {
  return docToBullets(ed.getJSON()).map((x) => [
    x.content.map((r) => (r.kind === 'text' ? r.text : '')).join(''),
    x.depth,
  ]);
}

describe('the summary editor schema', () => {
  it('loads and gives back the bullets of every card of six archive issues', () => {
    const names = corpusFiles().filter((_, i) => i % 13 === 0);
    const ed = open([]);
    for (const name of names) {
      for (const { card } of allCards(importIssue(readCorpus(name)))) {
        if (card.bullets.length === 0) continue;
        ed.commands.setContent(bulletsToDoc(card.bullets), { emitUpdate: false });
        const back = docToBullets(ed.getJSON());
        expect(back.map((x) => [x.id, x.depth])).toEqual(card.bullets.map((x) => [x.id, x.depth]));
        back.forEach((x, i) =>
          expect(richTextEquals(x.content, card.bullets[i]?.content ?? [])).toBe(true),
        );
      }
    }
  });

  it('nests with Tab up to the third level and refuses a fourth', () => {
    const ed = open([b('a', 1, 'one'), b('b', 1, 'two'), b('c', 1, 'three'), b('d', 1, 'four')]);
    cursorAtEndOf(ed, 'two');
    ed.commands.keyboardShortcut('Tab');
    cursorAtEndOf(ed, 'three');
    ed.commands.keyboardShortcut('Tab');
    ed.commands.keyboardShortcut('Tab');
    cursorAtEndOf(ed, 'four');
    ed.commands.keyboardShortcut('Tab');
    ed.commands.keyboardShortcut('Tab');
    ed.commands.keyboardShortcut('Tab');
    expect(depths(ed)).toEqual([
      ['one', 1],
      ['two', 2],
      ['three', 3],
      ['four', 3],
    ]);
  });

  it('refuses to nest a bullet whose own sub-bullets would go past the third level', () => {
    const ed = open([
      b('a', 1, 'one'),
      b('b', 1, 'two'),
      b('c', 2, 'child'),
      b('d', 3, 'grandchild'),
    ]);
    cursorAtEndOf(ed, 'two');
    ed.commands.keyboardShortcut('Tab');
    expect(depths(ed).map(([, d]) => d)).toEqual([1, 1, 2, 3]);
  });

  it('lifts with Shift-Tab but never out of the list', () => {
    const ed = open([b('a', 1, 'one'), b('b', 2, 'two')]);
    cursorAtEndOf(ed, 'two');
    ed.commands.keyboardShortcut('Shift-Tab');
    ed.commands.keyboardShortcut('Shift-Tab');
    expect(depths(ed)).toEqual([
      ['one', 1],
      ['two', 1],
    ]);
    expect(ed.getJSON().content?.[0]?.type).toBe('bulletList');
  });

  it('leaves a Tab it cannot nest with to the browser, which moves the focus on', () => {
    const ed = open([b('a', 1, 'one'), b('b', 1, 'two'), b('c', 2, 'three'), b('d', 2, 'four')]);
    const before = depths(ed);
    cursorAtEndOf(ed, 'one');
    expect(press(ed, 'Tab')).toBe(false);
    cursorAtEndOf(ed, 'three');
    expect(press(ed, 'Tab')).toBe(false);
    expect(depths(ed)).toEqual(before);
    cursorAtEndOf(ed, 'four');
    expect(press(ed, 'Tab')).toBe(true);
    expect(depths(ed).at(-1)).toEqual(['four', 3]);
    expect(press(ed, 'Tab')).toBe(false);
    expect(depths(ed).at(-1)).toEqual(['four', 3]);
  });

  it('takes Shift-Tab in a nested bullet, and leaves it to the browser in a first-level one', () => {
    const ed = open([b('a', 1, 'one'), b('b', 2, 'two')]);
    cursorAtEndOf(ed, 'two');
    expect(press(ed, 'Tab', true)).toBe(true);
    expect(depths(ed)).toEqual([
      ['one', 1],
      ['two', 1],
    ]);
    expect(press(ed, 'Tab', true)).toBe(false);
    cursorAtEndOf(ed, 'one');
    expect(press(ed, 'Tab', true)).toBe(false);
    expect(depths(ed)).toEqual([
      ['one', 1],
      ['two', 1],
    ]);
  });

  it('asks the host to move the focus out on Escape, and keeps the bullets', () => {
    const left: Editor[] = [];
    const ed = open([b('a', 1, 'one')], { onLeave: (current) => left.push(current) });
    cursorAtEndOf(ed, 'one');
    expect(press(ed, 'Escape')).toBe(true);
    expect(left).toEqual([ed]);
    expect(depths(ed)).toEqual([['one', 1]]);
  });

  it('adds a bullet with Enter, with an id of its own', () => {
    const ed = open([b('a', 1, 'one')]);
    cursorAtEndOf(ed, 'one');
    ed.commands.keyboardShortcut('Enter');
    ed.commands.insertContent('new');
    const bullets = docToBullets(ed.getJSON());
    expect(bullets.map((x) => x.depth)).toEqual([1, 1]);
    expect(bullets[0]?.id).toBe('a');
    expect(bullets[1]?.id).toMatch(/^b/);
    expect(bullets[1]?.id).not.toBe('a');
  });

  it('joins a first-level bullet into the one above with Backspace, and lifts a nested one', () => {
    const ed = open([b('a', 1, 'one'), b('b', 2, 'two'), b('c', 1, 'three'), b('d', 2, 'child')]);
    cursorAtEndOf(ed, 'three');
    ed.commands.setTextSelection(ed.state.selection.from - 'three'.length);
    ed.commands.keyboardShortcut('Backspace');
    expect(depths(ed)).toEqual([
      ['one', 1],
      ['twothree', 2],
      ['child', 2],
    ]);
    cursorAtEndOf(ed, 'child');
    ed.commands.setTextSelection(ed.state.selection.from - 'child'.length);
    ed.commands.keyboardShortcut('Backspace');
    expect(depths(ed).at(-1)).toEqual(['child', 1]);
  });

  it('removes an empty bullet with Backspace and pulls the next one up with Delete', () => {
    const ed = open([b('a', 1, 'one'), b('b', 1, 'two')]);
    cursorAtEndOf(ed, 'two');
    ed.commands.keyboardShortcut('Enter');
    ed.commands.keyboardShortcut('Backspace');
    expect(depths(ed)).toEqual([
      ['one', 1],
      ['two', 1],
    ]);
    expect(ed.getJSON().content?.[0]?.content).toHaveLength(2);
    cursorAtEndOf(ed, 'one');
    ed.commands.keyboardShortcut('Delete');
    expect(depths(ed)).toEqual([['onetwo', 1]]);
  });

  it('keeps the first bullet where it is on Backspace at its start', () => {
    const ed = open([b('a', 1, 'one')]);
    ed.commands.setTextSelection(3);
    ed.commands.keyboardShortcut('Backspace');
    expect(depths(ed)).toEqual([['one', 1]]);
  });

  it('keeps only the supported marks of HTML pasted from a web page', () => {
    const ed = open([b('a', 1, 'one')]);
    cursorAtEndOf(ed, 'one');
    ed.view.pasteHTML(
      '<h2>Big <u>news</u></h2><p><strong>bold</strong> <span style="color:red">red</span> ' +
        '<a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">good</a>' +
        '<img src="x.png"><code>kubectl</code></p><blockquote>quoted</blockquote>',
      pasteEvent(),
    );
    const json = JSON.stringify(ed.getJSON());
    expect(json).not.toMatch(/heading|underline|image|blockquote|javascript|color/);
    const runs = docToBullets(ed.getJSON()).flatMap((x) => x.content);
    const marked = runs
      .filter((r) => r.kind === 'text' && r.marks)
      .map((r) => (r.kind === 'text' ? [r.text, r.marks] : []));
    expect(marked).toEqual([
      ['bold', [{ type: 'bold' }]],
      ['good', [{ type: 'link', href: 'https://ok.example/' }]],
      ['kubectl', [{ type: 'code' }]],
    ]);
    expect(runs.map((r) => (r.kind === 'text' ? r.text : '')).join('|')).toContain('Big news');
  });

  it('links the selected text when a URL is pasted over it', () => {
    const ed = open([b('a', 1, 'read the docs')]);
    ed.view.dispatch(ed.state.tr.setSelection(TextSelection.create(ed.state.doc, 12, 16)));
    ed.view.pasteText('https://docs.example.com/x', pasteEvent());
    expect(docToBullets(ed.getJSON())[0]?.content).toEqual([
      { kind: 'text', text: 'read the ' },
      { kind: 'text', text: 'docs', marks: [{ type: 'link', href: 'https://docs.example.com/x' }] },
    ]);
  });

  it('links the selection through the URL door, and refuses javascript:', () => {
    const ed = open([b('a', 1, 'read the docs')]);
    ed.view.dispatch(ed.state.tr.setSelection(TextSelection.create(ed.state.doc, 12, 16)));
    const refused = setEditorLink(ed, 'javascript:alert(1)');
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(ed.getJSON())).not.toContain('link');
    expect(setEditorLink(ed, 'docs.example.com').ok).toBe(true);
    expect(docToBullets(ed.getJSON())[0]?.content[1]).toEqual({
      kind: 'text',
      text: 'docs',
      marks: [{ type: 'link', href: 'https://docs.example.com' }],
    });
  });
});
