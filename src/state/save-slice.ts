import type { Issue } from '../core/model/types';
import type { SaveState } from './editor-state';
import type { Slice } from './slice';

export function saveSlice(initial: Issue, revision: number): Slice<SaveState> {
  // Typing an editor holds (a summary commits in bursts) marks the issue pending before it changes
  // it: until the editor commits, no write holds that typing, so none may say "saved".
  let held = false;
  return (set, get) => ({
    revision,
    savedIssue: initial,
    saveStatus: 'saved',
    saveProblem: undefined,
    markPending: () => {
      if (get().saveStatus === 'saved') set({ saveStatus: 'pending' });
    },
    markHeld: () => {
      held = true;
      get().markPending();
    },
    markCommitted: () => {
      held = false;
      const state = get();
      // Typing that changed nothing in the end leaves nothing to save.
      if (state.saveStatus === 'pending' && state.issue === state.savedIssue)
        set({ saveStatus: 'saved' });
    },
    markSaving: () => set({ saveStatus: 'saving' }),
    markSaved: (issue, rev) => {
      set({
        savedIssue: issue,
        revision: rev,
        saveProblem: undefined,
        saveStatus: get().issue === issue && !held ? 'saved' : 'pending',
      });
    },
    markFailed: (problem) => set({ saveStatus: 'error', saveProblem: problem }),
  });
}
