import * as Y from 'yjs';
import { batchedCommit } from '../../state/batched-commit';
import type { Defer } from '../../state/defer';
import { betweenKeystrokes } from '../compose/when-idle';

/** Typing pauses this long before its updates are stored... */
export const STORE_QUIET_MS = 300;
/** ...and while it goes on, they are stored at least this often. */
export const STORE_MAX_WAIT_MS = 1000;

export interface UpdateBatches {
  /** An update to store: with the others of its burst, as one. */
  add(update: Uint8Array): void;
  /** Stores at once what waits. */
  flush(): void;
  /** Stores what waits and stops listening to the page. */
  stop(): void;
}

/**
 * Stores a document's updates a burst at a time, merged into one, instead of one write to the
 * browser's database per keystroke: once typing pauses, at least every second, at an idle moment
 * between keystrokes. Nothing waits while the page is hidden or being left: what waits is stored
 * then, and every update from then on at once. (An update also goes to the server as it comes.)
 */
export function storeInBatches(
  write: (update: Uint8Array) => void,
  defer: Defer = betweenKeystrokes,
): UpdateBatches {
  let waiting: Uint8Array[] = [];
  const commit = () => {
    const updates = waiting;
    waiting = [];
    if (updates.length > 0)
      write(updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates));
  };
  const batch = batchedCommit(commit, {
    quietMs: STORE_QUIET_MS,
    maxWaitMs: STORE_MAX_WAIT_MS,
    defer,
  });
  let leaving = false;
  const flush = () => {
    batch.cancel();
    commit();
  };
  const onLeave = () => {
    leaving = true;
    flush();
  };
  const onVisibility = () => {
    leaving = document.visibilityState === 'hidden';
    if (leaving) flush();
  };
  const onBack = () => void (leaving = false);
  // Outside a page (Node) there is nothing to listen to.
  const page = typeof window === 'undefined' ? undefined : window;
  page?.addEventListener('pagehide', onLeave);
  page?.addEventListener('pageshow', onBack);
  page?.document.addEventListener('visibilitychange', onVisibility);
  return {
    add(update) {
      waiting.push(update);
      if (leaving || page?.document.visibilityState === 'hidden') flush();
      else batch.schedule();
    },
    flush,
    stop() {
      page?.removeEventListener('pagehide', onLeave);
      page?.removeEventListener('pageshow', onBack);
      page?.document.removeEventListener('visibilitychange', onVisibility);
      flush();
    },
  };
}
