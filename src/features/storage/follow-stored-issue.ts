// Keeps an editor store on the stored version of its issue while it has no edits of its own: in a
// tab following another one, and in a tab that just took a draft over (until its first edit), so
// the previous editor's last save is not missed.

import type { IssueStore } from '../../persistence/issue-repository';
import type { EditorStore } from '../../state/create-editor-store';

export interface FollowOptions {
  /** Stop following at this tab's first edit (a tab that edits now). */
  untilEdited: boolean;
  /** After the stored version was first read (and taken if newer). */
  onFirstRead?: () => void;
  /** The draft was deleted elsewhere. */
  onDeleted?: () => void;
}

export function followStoredIssue(
  store: EditorStore,
  repository: Pick<IssueStore, 'subscribeIssue'>,
  options: FollowOptions,
): () => void {
  let first = true;
  const stopRepository = repository.subscribeIssue(store.getState().issue.id, (stored) => {
    const state = store.getState();
    if (stored === undefined) options.onDeleted?.();
    const unsaved = state.issue !== state.savedIssue || state.saveStatus === 'saving';
    if (stored !== undefined && stored.rev > state.revision && !unsaved)
      state.replaceWithStored(stored.issue, stored.rev);
    if (first) options.onFirstRead?.();
    first = false;
  });
  const stopStore = options.untilEdited
    ? store.subscribe((state) => {
        if (state.past.length > 0) stop();
      })
    : () => undefined;
  function stop() {
    stopRepository();
    stopStore();
  }
  return stop;
}
