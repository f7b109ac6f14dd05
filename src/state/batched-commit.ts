import type { Defer } from './defer';

export interface BatchedCommitOptions {
  /** Quiet time after the last change before committing. */
  quietMs: number;
  /** The longest a change waits while changes keep coming. */
  maxWaitMs: number;
  /**
   * Where a timed commit runs once its time has come (by default at once): the editor passes
   * "when the page is next idle", so a commit never holds up the frame of a keystroke.
   */
  defer?: Defer;
}

export interface BatchedCommit {
  /** A change was made: commit it once changes pause, or at the latest after maxWaitMs. */
  schedule: () => void;
  /** Commits now what is waiting, if anything. */
  flush: () => void;
  /** Forgets what is waiting, without committing it. */
  cancel: () => void;
  /** True while a change waits to be committed. */
  pending: () => boolean;
}

/**
 * Commits a burst of changes once instead of once per change: a trailing debounce with a
 * maximum wait. `flush` commits at once (on blur, unmount, page hide). The commit reads the
 * latest state when it runs, so changes made while a deferred commit waits go in with it.
 */
export function batchedCommit(commit: () => void, options: BatchedCommitOptions): BatchedCommit {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  let deferred: (() => void) | undefined;
  const clear = () => {
    if (quiet !== undefined) clearTimeout(quiet);
    if (deadline !== undefined) clearTimeout(deadline);
    deferred?.();
    quiet = undefined;
    deadline = undefined;
    deferred = undefined;
  };
  const pending = () => quiet !== undefined || deadline !== undefined || deferred !== undefined;
  const flush = () => {
    if (!pending()) return;
    clear();
    commit();
  };
  const due = () => {
    if (deferred !== undefined) return;
    if (quiet !== undefined) clearTimeout(quiet);
    if (deadline !== undefined) clearTimeout(deadline);
    quiet = undefined;
    deadline = undefined;
    const defer = options.defer;
    if (defer === undefined) {
      commit();
      return;
    }
    let ran = false;
    const cancel = defer(() => {
      ran = true;
      deferred = undefined;
      commit();
    });
    if (!ran) deferred = cancel;
  };
  return {
    schedule: () => {
      // A commit already on its way takes this change too.
      if (deferred !== undefined) return;
      if (quiet !== undefined) clearTimeout(quiet);
      quiet = setTimeout(due, options.quietMs);
      deadline ??= setTimeout(due, options.maxWaitMs);
    },
    flush,
    cancel: clear,
    pending,
  };
}
