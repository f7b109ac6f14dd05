import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCorpus } from '../../../test/helpers/corpus';
import { bindIssueDoc } from '../../core/collab/bind-issue-doc';
import { writeIssueToDoc } from '../../core/collab/write-issue-to-doc';
import { importIssue } from '../../core/markdown/import-issue';
import { exportIssue } from '../../core/markdown/export-issue';
import { allCards } from '../../core/model/ops/locate';
import type { Issue, LinkCard } from '../../core/model/types';
import { createEditorStore, type EditorStore } from '../../state/create-editor-store';
import { bindEditorStore } from './bind-editor-store';

const text056 = readCorpus('056.md');
const cards = (issue: Issue): LinkCard[] => allCards(issue).map(({ card }) => card);

/** Two people's stores on one issue, their documents connected while `online`. */
function twoEditors() {
  const original = importIssue(text056);
  const docs = [new Y.Doc(), new Y.Doc()] as const;
  let online = true;
  const relay = (from: Y.Doc, to: Y.Doc) =>
    from.on('update', (update: Uint8Array, origin: unknown) => {
      if (online && origin !== 'relay') Y.applyUpdate(to, update, 'relay');
    });
  relay(docs[0], docs[1]);
  relay(docs[1], docs[0]);
  writeIssueToDoc(docs[0], undefined, original);
  const queue: (() => void)[] = [];
  const later = (run: () => void) => void queue.push(run);
  const stores = docs.map((doc) => {
    const issue = { ...original, id: 'local-draft' };
    const store = createEditorStore(issue);
    bindEditorStore(store, bindIssueDoc(doc), issue, later);
    return store;
  }) as [EditorStore, EditorStore];
  const drain = () => {
    while (queue.length > 0) queue.shift()?.();
  };
  const reconnect = () => {
    online = true;
    const [a, b] = docs;
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'relay');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'relay');
  };
  return {
    original,
    docs,
    stores,
    drain,
    goOffline: () => (online = false),
    reconnect,
  };
}

function bullet(text: string) {
  return { depth: 1 as const, content: [{ kind: 'text' as const, text }] };
}

describe('bindEditorStore', () => {
  it('brings an edit of one store into the other, keeping the untouched cards as they were', () => {
    const { stores, drain } = twoEditors();
    const [a, b] = stores;
    const before = cards(b.getState().issue);
    const card = before[4] as LinkCard;
    a.getState().updateCardFields(card.id, { title: 'Renamed by A' });
    drain();
    const after = cards(b.getState().issue);
    expect(after[4]?.title).toBe('Renamed by A');
    expect(after[5]).toBe(before[5]);
    expect(b.getState().issue.id).toBe('local-draft');
    expect(exportIssue(b.getState().issue)).toBe(exportIssue(a.getState().issue));
  });

  it('merges edits of different cards into an export that differs only in their lines', () => {
    const { original, stores, drain } = twoEditors();
    const [a, b] = stores;
    const [first, second] = [cards(original)[1], cards(original)[6]] as [LinkCard, LinkCard];
    a.getState().updateCardFields(first.id, { title: 'Edited by A' });
    b.getState().updateCardFields(second.id, { title: 'Edited by B' });
    drain();
    const exported = exportIssue(a.getState().issue);
    expect(exportIssue(b.getState().issue)).toBe(exported);
    const lines = text056.split('\n');
    const changed = exported.split('\n').filter((line, i) => line !== lines[i]);
    expect(changed).toHaveLength(2);
    expect(changed.join('\n')).toMatch(/Edited by A[\s\S]*Edited by B/);
  });

  it('keeps both people’s words when both type into one summary before hearing the other', () => {
    const { original, stores, drain } = twoEditors();
    const [a, b] = stores;
    const card = cards(original)[2] as LinkCard;
    const ids = card.bullets.map((x) => x.id);
    a.getState().setCardBullets(card.id, [{ ...bullet('Alpha'), id: ids[0] }]);
    b.getState().setCardBullets(card.id, [{ ...bullet('Beta'), id: ids[0] }]);
    drain();
    const summary = (store: EditorStore) =>
      JSON.stringify(cards(store.getState().issue)[2]?.bullets.map((x) => x.content));
    expect(summary(a)).toBe(summary(b));
    expect(summary(a)).toMatch(/Alpha/);
    expect(summary(a)).toMatch(/Beta/);
  });

  it('merges bullets shared ahead of the store with a colleague’s typing in that summary', () => {
    const { original, docs, stores, drain } = twoEditors();
    const [a, b] = stores;
    const card = cards(original)[2] as LinkCard;
    const id = card.bullets[0]?.id;
    const inDoc = () => JSON.stringify(cards(bindIssueDoc(docs[1]).current() as Issue)[2]);
    const typed = [{ ...bullet('Alpha'), id }];
    // A's summary editor: its words go to the document now, into the store when asked.
    a.getState().holdEdits(() => a.getState().setCardBullets(card.id, typed));
    a.getState().shareBullets?.(card.id, typed);
    expect(cards(a.getState().issue)[2]?.bullets).toBe(card.bullets);
    expect(inDoc()).toMatch(/Alpha/);
    b.getState().setCardBullets(card.id, [{ ...bullet('Beta'), id }]);
    drain();
    const summary = (store: EditorStore) =>
      cards(store.getState().issue)[2]
        ?.bullets.map((x) => x.content.map((part) => ('text' in part ? part.text : '')).join(''))
        .join('|');
    expect(summary(a)).toBe(summary(b));
    expect(summary(a)).toMatch(/^(AlphaBeta|BetaAlpha)$/);
  });

  it('shares no bullets from a tab that may not change the issue', () => {
    const { original, docs, stores } = twoEditors();
    const [a] = stores;
    const card = cards(original)[2] as LinkCard;
    a.getState().setReadOnly(true);
    a.getState().shareBullets?.(card.id, [
      { ...bullet('Not mine to write'), id: card.bullets[0]?.id },
    ]);
    expect(JSON.stringify(bindIssueDoc(docs[0]).current())).not.toMatch(/Not mine to write/);
    a.getState().setReadOnly(false);
    a.getState().shareBullets?.(card.id, [{ ...bullet('Mine to write'), id: card.bullets[0]?.id }]);
    expect(JSON.stringify(bindIssueDoc(docs[0]).current())).toMatch(/Mine to write/);
  });

  it('merges what both changed while one was offline, once it is back', () => {
    const { original, stores, drain, goOffline, reconnect } = twoEditors();
    const [a, b] = stores;
    const [first, second] = [cards(original)[0], cards(original)[3]] as [LinkCard, LinkCard];
    goOffline();
    a.getState().updateCardFields(first.id, { title: 'Offline edit' });
    b.getState().updateCardFields(second.id, { title: 'Online edit' });
    drain();
    expect(cards(a.getState().issue)[3]?.title).toBe(second.title);
    reconnect();
    drain();
    for (const store of stores) {
      expect(cards(store.getState().issue)[0]?.title).toBe('Offline edit');
      expect(cards(store.getState().issue)[3]?.title).toBe('Online edit');
    }
  });

  it('undoes only my own steps, leaving a colleague’s edits in both documents', () => {
    const { original, stores, drain } = twoEditors();
    const [a, b] = stores;
    const [mine, theirs, both] = [1, 6, 9].map((i) => cards(original)[i]) as LinkCard[];
    if (!mine || !theirs || !both) throw new Error('056 has cards');
    a.getState().updateCardFields(mine.id, { title: 'Mine' });
    drain();
    a.getState().updateCardFields(both.id, { title: 'Mine first' });
    drain();
    b.getState().updateCardFields(theirs.id, { title: 'Theirs' });
    b.getState().updateCardFields(both.id, { title: 'Theirs later' });
    drain();
    expect(a.getState().past).toHaveLength(2);
    a.getState().undo();
    a.getState().undo();
    drain();
    for (const store of stores) {
      const titles = cards(store.getState().issue).map((card) => card.title);
      expect(titles[1]).toBe(mine.title);
      expect(titles[6]).toBe('Theirs');
      expect(titles[9]).toBe('Theirs later');
    }
    a.getState().redo();
    drain();
    expect(cards(b.getState().issue)[1]?.title).toBe('Mine');
    expect(cards(b.getState().issue)[6]?.title).toBe('Theirs');
  });

  it('writes what was typed before the binding started', () => {
    const original = importIssue(text056);
    const doc = new Y.Doc();
    writeIssueToDoc(doc, undefined, original);
    const store = createEditorStore(original);
    const card = cards(original)[0] as LinkCard;
    store.getState().updateCardFields(card.id, { title: 'Typed while loading' });
    const binding = bindIssueDoc(doc);
    bindEditorStore(store, binding, original, (run) => run());
    expect(cards(binding.current() as Issue)[0]?.title).toBe('Typed while loading');
  });
});

describe('an editor store bound live to a document', () => {
  it('says so while bound, with the way in for summaries typed ahead of the store', () => {
    const issue = importIssue(text056);
    const store = createEditorStore(issue);
    expect(store.getState().liveShared).toBe(false);
    expect(store.getState().shareBullets).toBeUndefined();
    const unbind = bindEditorStore(store, bindIssueDoc(new Y.Doc()), issue, () => {});
    expect(store.getState().liveShared).toBe(true);
    expect(store.getState().shareBullets).toBeTypeOf('function');
    unbind();
    expect(store.getState().liveShared).toBe(false);
    expect(store.getState().shareBullets).toBeUndefined();
  });
});
