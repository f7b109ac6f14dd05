import type { OpenEditsState } from './editor-state';
import type { Slice } from './slice';

/**
 * The text open editors hold and have not put into the store yet (a summary commits in bursts,
 * a box whose editor is still loading holds what was typed into it). Actions that read the issue
 * (share, export, backup, revisions, leaving the screen) ask for it first, so they never miss
 * the last words typed.
 */
export function openEditsSlice(): Slice<OpenEditsState> {
  const holders = new Set<() => void | Promise<void>>();
  const flushAll = () => [...holders].map((flush) => flush());
  return (_set, get) => ({
    holdEdits: (flush) => {
      holders.add(flush);
      return () => void holders.delete(flush);
    },
    flushEdits: () => void flushAll(),
    settledIssue: async () => {
      // A box whose editor was loading commits once it is there: wait for it, then take the rest.
      await Promise.all(flushAll());
      flushAll();
      return get().issue;
    },
  });
}
