import { rebaseHistory } from '../core/collab/rebase-history';
import type { Issue } from '../core/model/types';
import type { HistoryState } from './editor-state';
import type { Slice } from './slice';

/** How many undo steps are kept; snapshots share unchanged parts, so each one is small. */
export const UNDO_LIMIT = 200;

export function historySlice(initial: Issue): Slice<HistoryState> {
  return (set, get) => ({
    issue: initial,
    past: [],
    future: [],
    lastChangeKey: undefined,

    commit: (recipe, key) => {
      const { issue, past, lastChangeKey, config, readOnly } = get();
      if (readOnly) return false;
      const next = recipe(issue);
      if (next === issue) return false;
      const coalesce = key !== undefined && key === lastChangeKey;
      set({
        issue: { ...next, updatedAt: config.now() },
        past: coalesce ? past : [...past, issue].slice(-UNDO_LIMIT),
        future: [],
        lastChangeKey: key,
      });
      return true;
    },

    undo: () => {
      const { issue, past, future, config, readOnly } = get();
      const previous = past[past.length - 1];
      if (!previous || readOnly) return;
      set({
        issue: { ...previous, updatedAt: config.now() },
        past: past.slice(0, -1),
        future: [issue, ...future],
        lastChangeKey: undefined,
      });
    },

    redo: () => {
      const { issue, past, future, config, readOnly } = get();
      const next = future[0];
      if (!next || readOnly) return;
      set({
        issue: { ...next, updatedAt: config.now() },
        past: [...past, issue],
        future: future.slice(1),
        lastChangeKey: undefined,
      });
    },

    takeShared: (issue) => {
      const { issue: before, past, future } = get();
      if (issue === before) return;
      set({
        issue,
        past: rebaseHistory(past, before, issue),
        future: rebaseHistory(future, before, issue),
        lastChangeKey: undefined,
      });
    },

    replaceWithStored: (issue, revision) => {
      set({
        issue,
        savedIssue: issue,
        revision,
        past: [],
        future: [],
        lastChangeKey: undefined,
        saveStatus: 'saved',
        saveProblem: undefined,
      });
    },
  });
}
