import type { IssueStore } from '../persistence/issue-repository';
import { batchedCommit } from './batched-commit';
import type { EditorStore } from './create-editor-store';
import type { Defer } from './defer';
import { storageProblem } from './storage-problem';

export interface AutosaveOptions {
  /** Quiet time after the last edit before writing (default 500 ms). */
  delayMs?: number;
  /**
   * The longest an edit waits while typing goes on without a pause (default 500 ms). In the
   * editor a summary's keystrokes reach the store within half a second and each wait for an idle
   * moment is capped at 100 ms, so about one second of typing at most is at risk if the browser
   * dies.
   */
  maxWaitMs?: number;
  /**
   * Where a timed write starts once its time has come (by default at once): the editor passes
   * "when the page is next idle", so a write never holds up the frame of a keystroke. `flush`
   * always writes at once.
   */
  defer?: Defer;
}

export interface Autosave {
  /** Writes now whatever is not written yet; resolves once it is (or has failed). */
  flush: () => Promise<void>;
  /** Stops listening; pending edits are not written (flush first). */
  dispose: () => void;
}

/**
 * Writes the store's issue through the repository a moment after each burst of edits (and at
 * least every `maxWaitMs` while typing goes on), guarded by the stored revision. A write refused
 * because another tab wrote first stops all writing until the editor takes the stored version
 * (it offers a reload; nothing is ever overwritten silently). Any other failure leaves the
 * edits in memory, reports the problem, and is retried with the next edit or flush.
 */
export function startAutosave(
  store: EditorStore,
  repository: Pick<IssueStore, 'put'>,
  options: AutosaveOptions = {},
): Autosave {
  const delay = options.delayMs ?? 500;
  const maxWait = Math.max(delay, options.maxWaitMs ?? 500);
  let writing: Promise<void> | undefined;
  // Writing stops while another tab's save stands in the way (a conflict), until the editor takes
  // the stored version (replaceWithStored clears the problem): then edits are saved again.
  const blocked = () => store.getState().saveProblem?.kind === 'conflict';

  const writeOnce = async (): Promise<void> => {
    const state = store.getState();
    if (blocked() || state.issue === state.savedIssue) return;
    const { issue, revision } = state;
    state.markSaving();
    try {
      const next = await repository.put(issue, revision);
      store.getState().markSaved(issue, next);
    } catch (error) {
      store.getState().markFailed(storageProblem(error));
    }
  };

  // A burst of edits is written once it pauses, or after maxWait at the latest, at the moment
  // `defer` picks (a write already waiting takes every edit made meanwhile: it reads the store).
  const timed = batchedCommit(() => void write(), {
    quietMs: delay,
    maxWaitMs: maxWait,
    ...(options.defer === undefined ? {} : { defer: options.defer }),
  });

  const write = async (): Promise<void> => {
    timed.cancel();
    while (writing) await writing;
    writing = writeOnce();
    try {
      await writing;
    } finally {
      writing = undefined;
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (blocked() || state.issue === previous.issue || state.issue === state.savedIssue) return;
    state.markPending();
    timed.schedule();
  });

  return {
    flush: write,
    dispose: () => {
      timed.cancel();
      unsubscribe();
    },
  };
}
