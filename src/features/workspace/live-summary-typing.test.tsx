// @vitest-environment jsdom
// Typing into a summary of an issue shared live: the words reach the shared document in short
// bursts, ahead of the store, and the draft kept in this browser still gets every keystroke (on
// an idle moment, and at once when the page is hidden or left).
import { act, cleanup, render } from '@testing-library/react';
import { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { useEffect, type RefObject } from 'react';
import {
  changePageVisibility,
  setPageVisibility,
  stubPageVisibility,
} from '../../../test/support/page-visibility';
import { corpusIssue } from '../../../test/support/render-compose';
import { bindIssueDoc } from '../../core/collab/bind-issue-doc';
import { writeIssueToDoc } from '../../core/collab/write-issue-to-doc';
import { findCard, allCards } from '../../core/model/ops/locate';
import type { Bullet, Issue, LinkCard } from '../../core/model/types';
import { bulletsToDoc } from '../../editor/bullets-to-doc';
import { summaryExtensions } from '../../editor/summary-extensions';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { createEditorStore, type EditorStore } from '../../state/create-editor-store';
import { EditorStoreProvider } from '../compose/editor-store-context';
import { useAutosave } from '../compose/use-autosave';
import {
  BULLETS_MAX_WAIT_MS,
  LIVE_BULLETS_MAX_WAIT_MS,
  useBatchedBullets,
  type BatchedBullets,
} from '../compose/use-batched-bullets';
import { bindEditorStore } from './bind-editor-store';

let editor: Editor | undefined;

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  stubPageVisibility();
});

afterEach(() => {
  cleanup();
  editor?.destroy();
  editor = undefined;
  vi.useRealTimers();
});

/** The summary editor's part here: its bullets in bursts, and the autosave of the screen. */
function Summary(props: {
  store: EditorStore;
  repository: MemoryIssueRepository;
  card: LinkCard;
  handle: RefObject<BatchedBullets | null>;
}) {
  const { store, repository, card, handle } = props;
  useAutosave(store, repository, 10_000);
  const committed = { current: card.bullets } as RefObject<Bullet[]>;
  const bullets = useBatchedBullets(store, card.id, committed);
  handle.current = bullets;
  useEffect(() => store.getState().holdEdits(bullets.flush), [store, bullets.flush]);
  return null;
}

/** An issue open in this browser, bound live to its document, with one summary being typed in. */
async function typingLive() {
  const issue = corpusIssue('056.md');
  const repository = new MemoryIssueRepository();
  const revision = await repository.put(issue);
  const store = createEditorStore(issue, { revision });
  const doc = new Y.Doc();
  writeIssueToDoc(doc, undefined, issue);
  bindEditorStore(store, bindIssueDoc(doc), issue, (run) => run());
  // What the others read: a binding of its own on a copy kept in step with this one.
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(doc));
  doc.on('update', (update: Uint8Array) => Y.applyUpdate(theirs, update));
  const others = bindIssueDoc(theirs);
  const card = allCards(issue)[1]?.card as LinkCard;
  const handle: RefObject<BatchedBullets | null> = { current: null };
  render(
    <EditorStoreProvider store={store}>
      <Summary store={store} repository={repository} card={card} handle={handle} />
    </EditorStoreProvider>,
  );
  editor = new Editor({
    element: document.createElement('div'),
    extensions: summaryExtensions(),
    content: bulletsToDoc(card.bullets),
  });
  const opened = editor;
  const end = () => Selection.atEnd(opened.state.doc).from;
  const type = (text: string) => {
    opened.commands.insertContentAt(end(), text);
    handle.current?.changed(opened);
  };
  const takeBack = (count: number) => {
    opened.commands.deleteRange({ from: end() - count, to: end() });
    handle.current?.changed(opened);
  };
  const summary = (of: Issue | undefined) =>
    JSON.stringify(of && findCard(of, card.id)?.bullets.map((b) => b.content));
  const stored = async () => summary((await repository.get(issue.id))?.issue);
  return { store, others, type, takeBack, summary, stored };
}

async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('typing into a summary of a live workspace issue', () => {
  it('reaches the shared document in a short burst, and the store on its own pace', async () => {
    const { store, others, type, summary } = await typingLive();
    const before = summary(store.getState().issue);
    type(' typed live');
    await wait(LIVE_BULLETS_MAX_WAIT_MS);
    expect(summary(others.current())).toContain('typed live');
    expect(summary(store.getState().issue)).toBe(before);
    await wait(BULLETS_MAX_WAIT_MS);
    expect(summary(store.getState().issue)).toBe(summary(others.current()));
    expect(summary(others.current()).match(/typed live/g)).toHaveLength(1);
  });

  it('stores the draft with every keystroke once the page is idle', async () => {
    const { type, stored } = await typingLive();
    type(' kept on idle');
    await wait(BULLETS_MAX_WAIT_MS);
    expect(await stored()).not.toContain('kept on idle');
    await wait(10_000);
    expect(await stored()).toContain('kept on idle');
  });

  it('stores the draft at once when the page is hidden, and when it is left', async () => {
    const { type, stored } = await typingLive();
    type(' before hiding');
    await changePageVisibility('hidden');
    expect(await stored()).toContain('before hiding');
    setPageVisibility('visible');
    type(' before leaving');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(await stored()).toContain('before leaving');
  });

  it('leaves no word in the document that was typed and taken back before the store had it', async () => {
    const { store, others, type, takeBack, summary } = await typingLive();
    const original = summary(others.current());
    type(' gone');
    await wait(LIVE_BULLETS_MAX_WAIT_MS);
    expect(summary(others.current())).toContain('gone');
    takeBack(' gone'.length);
    act(() => store.getState().flushEdits());
    expect(summary(others.current())).toBe(original);
    expect(summary(store.getState().issue)).toBe(original);
  });
});
