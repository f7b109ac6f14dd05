export interface BatchedCommitOptions {
  /** Quiet time after the last change before committing. */
  quietMs: number;
  /** The longest a change waits while changes keep coming. */
  maxWaitMs: number;
}

export interface BatchedCommit {
  /** A change was made: commit it once changes pause, or at the latest after maxWaitMs. */
  schedule: () => void;
  /** Commits now what is waiting, if anything. */
  flush: () => void;
  /** True while a change waits to be committed. */
  pending: () => boolean;
}

/**
 * Commits a burst of changes once instead of once per change: a trailing debounce with a
 * maximum wait. `flush` commits at once (on blur, unmount, page hide).
 */
export function batchedCommit(commit: () => void, options: BatchedCommitOptions): BatchedCommit {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (quiet !== undefined) clearTimeout(quiet);
    if (deadline !== undefined) clearTimeout(deadline);
    quiet = undefined;
    deadline = undefined;
  };
  const flush = () => {
    if (quiet === undefined && deadline === undefined) return;
    clear();
    commit();
  };
  return {
    schedule: () => {
      if (quiet !== undefined) clearTimeout(quiet);
      quiet = setTimeout(flush, options.quietMs);
      deadline ??= setTimeout(flush, options.maxWaitMs);
    },
    flush,
    pending: () => quiet !== undefined || deadline !== undefined,
  };
}
