// Per-block subscriptions to the editor store. A zustand subscription runs its selector on every
// change of the store, so 500 cards with a few subscriptions each meant 2,000 selector calls for
// every keystroke batch and every save-status change. Here one store listener per editor store
// tells only the subscribers of the blocks (or focus targets) that changed: a save-status change
// costs nothing per card, an edit of one card one comparison per subscribed id.

import type { EditorStore } from '../../state/create-editor-store';
import type { EditorState } from '../../state/editor-state';
import { blockById } from '../../state/block-index';

type Listener = () => void;

class KeyedSubscriptions {
  private readonly blocks = new Map<string, Set<Listener>>();
  private readonly focus = new Map<string | undefined, Set<Listener>>();
  private stop: (() => void) | undefined;

  constructor(private readonly store: EditorStore) {}

  subscribeBlock(id: string, listener: Listener): () => void {
    return this.add(this.blocks, id, listener);
  }

  subscribeFocus(target: string | undefined, listener: Listener): () => void {
    return this.add(this.focus, target, listener);
  }

  private add<K>(map: Map<K, Set<Listener>>, key: K, listener: Listener): () => void {
    let set = map.get(key);
    if (set === undefined) map.set(key, (set = new Set()));
    set.add(listener);
    this.stop ??= this.store.subscribe(this.changed);
    return () => {
      set.delete(listener);
      if (set.size === 0 && map.get(key) === set) map.delete(key);
      if (this.blocks.size === 0 && this.focus.size === 0) {
        this.stop?.();
        this.stop = undefined;
      }
    };
  }

  private readonly changed = (state: EditorState, previous: EditorState): void => {
    const due: Set<Listener>[] = [];
    if (state.issue !== previous.issue) {
      for (const [id, listeners] of this.blocks)
        if (blockById(state.issue, id)?.block !== blockById(previous.issue, id)?.block)
          due.push(listeners);
    }
    const request = state.focusRequest;
    const before = previous.focusRequest;
    if (request !== before) {
      for (const target of new Set([request?.target, before?.target])) {
        const listeners = this.focus.get(target);
        if (listeners) due.push(listeners);
      }
    }
    // Listeners are called after the scan: one may unsubscribe another while React re-renders.
    for (const listeners of due) for (const listener of [...listeners]) listener();
  };
}

const hubs = new WeakMap<EditorStore, KeyedSubscriptions>();

/** The per-block subscriptions of an editor store (made on first use). */
export function keyedSubscriptions(store: EditorStore): KeyedSubscriptions {
  let hub = hubs.get(store);
  if (hub === undefined) hubs.set(store, (hub = new KeyedSubscriptions(store)));
  return hub;
}
