import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { importIssue } from '../../core/markdown/import-issue';
import { allCards } from '../../core/model/ops/locate';
import { createEditorStore } from '../../state/create-editor-store';
import { keyedSubscriptions } from './keyed-subscriptions';

const issue056 = () =>
  importIssue(readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8'));

describe('keyedSubscriptions', () => {
  it('tells only the subscribers of the block that changed', () => {
    const store = createEditorStore(issue056());
    const [first, second] = allCards(store.getState().issue).map((c) => c.card.id);
    const hub = keyedSubscriptions(store);
    const onFirst = vi.fn();
    const onSecond = vi.fn();
    hub.subscribeBlock(first!, onFirst);
    hub.subscribeBlock(second!, onSecond);
    store.getState().updateCardFields(first!, { title: 'Changed' });
    expect(onFirst).toHaveBeenCalledTimes(1);
    expect(onSecond).not.toHaveBeenCalled();
  });

  it('tells no block subscriber about a change outside the issue, such as the save status', () => {
    const store = createEditorStore(issue056());
    const ids = allCards(store.getState().issue).map((c) => c.card.id);
    const listener = vi.fn();
    for (const id of ids) keyedSubscriptions(store).subscribeBlock(id, listener);
    store.getState().markPending();
    store.getState().markSaving();
    store.getState().markSaved(store.getState().issue, 3);
    expect(listener).not.toHaveBeenCalled();
  });

  it('tells a block removed from the issue, and the focus targets a request comes to or leaves', () => {
    const store = createEditorStore(issue056());
    const [first, second] = allCards(store.getState().issue).map((c) => c.card.id);
    const hub = keyedSubscriptions(store);
    const removed = vi.fn();
    const focusFirst = vi.fn();
    const focusSecond = vi.fn();
    hub.subscribeBlock(second!, removed);
    hub.subscribeFocus(first, focusFirst);
    hub.subscribeFocus(second, focusSecond);
    store.getState().requestFocus(first, 'title');
    expect(focusFirst).toHaveBeenCalledTimes(1);
    expect(focusSecond).not.toHaveBeenCalled();
    store.getState().requestFocus(second, 'summary');
    expect(focusFirst).toHaveBeenCalledTimes(2);
    expect(focusSecond).toHaveBeenCalledTimes(1);
    store.getState().removeBlock(second!);
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('stops listening to the store once the last subscriber has gone', () => {
    const store = createEditorStore(issue056());
    const [first] = allCards(store.getState().issue).map((c) => c.card.id);
    const listener = vi.fn();
    const stop = keyedSubscriptions(store).subscribeBlock(first!, listener);
    stop();
    store.getState().updateCardFields(first!, { title: 'Changed' });
    expect(listener).not.toHaveBeenCalled();
  });
});
