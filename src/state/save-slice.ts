import type { Issue } from '../core/model/types';
import type { SaveState } from './editor-state';
import type { Slice } from './slice';

export function saveSlice(initial: Issue, revision: number): Slice<SaveState> {
  return (set, get) => ({
    revision,
    savedIssue: initial,
    saveStatus: 'saved',
    saveProblem: undefined,
    markPending: () => {
      if (get().saveStatus === 'saved') set({ saveStatus: 'pending' });
    },
    markSaving: () => set({ saveStatus: 'saving' }),
    markSaved: (issue, rev) =>
      set({
        savedIssue: issue,
        revision: rev,
        saveProblem: undefined,
        saveStatus: get().issue === issue ? 'saved' : 'pending',
      }),
    markFailed: (problem) => set({ saveStatus: 'error', saveProblem: problem }),
  });
}
