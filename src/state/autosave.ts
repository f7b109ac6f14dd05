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
  /**
   * Stores this tab's issue as a new draft with the same id, after the stored one was found gone
   * (deleted elsewhere, or the site's data cleared); saving then goes on as before. Refused as a
   * conflict if the draft was stored again meanwhile.
   */
  saveAgain: () => Promise<void>;
  /** Stops listening; pending edits are not written (flush first). */
  dispose: () => void;
}

/**
 * Writes the store's issue through the repository a moment after each burst of edits (and at
 * least every `maxWaitMs` while typing goes on), guarded by the stored revision. A write refused
 * because another tab wrote first stops all writing until the editor takes the stored version
 * (it offers a reload; nothing is ever overwritten silently). A write that finds the stored draft
 * gone stops too, until the editor chooses to save its copy again (saveAgain). Any other failure
 * leaves the edits in memory, reports the problem, and is retried with the next edit or flush.
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
  // the stored version (replaceWithStored clears the problem), and while the stored draft is gone,
  // until the editor stores its copy again: then edits are saved again.
  const blocked = () => {
    const kind = store.getState().saveProblem?.kind;
    return kind === 'conflict' || kind === 'gone';
  };

  /** Writes the issue guarded by `expected` (the revision read or last written, by default). */
  const put = async (expected?: number): Promise<void> => {
    const state = store.getState();
    const { issue } = state;
    state.markSaving();
    try {
      const next = await repository.put(issue, expected ?? state.revision);
      store.getState().markSaved(issue, next);
    } catch (error) {
      store.getState().markFailed(storageProblem(error));
    }
  };

  const writeOnce = async (): Promise<void> => {
    const state = store.getState();
    if (blocked() || state.issue === state.savedIssue) return;
    await put();
  };

  // Revision 0: "not stored yet", so the write is refused if the draft came back meanwhile.
  const writeAgain = async (): Promise<void> => {
    if (store.getState().saveProblem?.kind !== 'gone') return;
    await put(0);
    // Edits made while it was being written were not scheduled (writing was stopped then).
    const state = store.getState();
    if (state.saveProblem === undefined && state.issue !== state.savedIssue) timed.schedule();
  };

  // A burst of edits is written once it pauses, or after maxWait at the latest, at the moment
  // `defer` picks (a write already waiting takes every edit made meanwhile: it reads the store).
  const timed = batchedCommit(() => void write(), {
    quietMs: delay,
    maxWaitMs: maxWait,
    ...(options.defer === undefined ? {} : { defer: options.defer }),
  });

  /** Runs one write at a time: a timed write, a flush or saving again waits for the one under way. */
  const serially = async (once: () => Promise<void>): Promise<void> => {
    timed.cancel();
    while (writing) await writing;
    writing = once();
    try {
      await writing;
    } finally {
      writing = undefined;
    }
  };
  const write = () => serially(writeOnce);

  const unsubscribe = store.subscribe((state, previous) => {
    if (blocked() || state.issue === previous.issue || state.issue === state.savedIssue) return;
    state.markPending();
    timed.schedule();
  });

  return {
    flush: write,
    saveAgain: () => serially(writeAgain),
    dispose: () => {
      timed.cancel();
      unsubscribe();
    },
  };
}
