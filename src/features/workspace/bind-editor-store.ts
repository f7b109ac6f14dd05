import type { IssueDocBinding } from '../../core/collab/bind-issue-doc';
import { keepUnchanged } from '../../core/collab/keep-unchanged';
import { setCardBullets } from '../../core/model/ops/card-ops';
import { findCard } from '../../core/model/ops/locate';
import type { Issue } from '../../core/model/types';
import type { EditorStore } from '../../state/create-editor-store';
import { sameBullets } from '../../state/same-bullets';

/** Where others' changes are taken into the store: soon after they arrive (tests run them at once). */
export type Later = (run: () => void) => void;

const soon: Later = (run) => void setTimeout(run, 0);

/**
 * Binds an editor's store to its issue's document, both ways, through the core binding. `base` is
 * the issue the store started from: what was typed since (while the document was loading) is
 * written first. Each change of the store writes only what it changed from the issue the store
 * last agreed with the document on (binding.write), so others' edits that arrived meanwhile
 * stay; a burst of others' changes is taken into the store once, after what open editors hold
 * has gone in, keeping every unchanged part as the very object it was (keepUnchanged), and the
 * binding builds its next read on that issue, so the next burst costs a read of what it changed.
 * The draft's own id stays the store's whatever id the document was written with. Returns the
 * unbind.
 */
export function bindEditorStore(
  store: EditorStore,
  binding: IssueDocBinding,
  base: Issue,
  later: Later = soon,
): () => void {
  const localId = base.id;
  const toDoc = withDocId(localId, binding.current()?.id ?? localId);
  let agreed: Issue | undefined = binding.current() ? base : undefined;
  let taking = false;
  const write = (issue: Issue) => {
    binding.write(agreed && toDoc(agreed), toDoc(issue));
    agreed = issue;
  };
  write(store.getState().issue);
  const unsubscribe = store.subscribe((state, previous) => {
    if (!taking && state.issue !== previous.issue) write(state.issue);
  });
  let pending = false;
  let live = true;
  const take = () => {
    pending = false;
    if (!live) return;
    store.getState().flushEdits();
    const shared = binding.current();
    if (!shared) return;
    const issue = keepUnchanged(store.getState().issue, { ...shared, id: localId });
    taking = true;
    try {
      store.getState().takeShared(issue);
    } finally {
      taking = false;
    }
    agreed = issue;
    binding.agree(toDoc(issue));
  };
  const stopListening = binding.onRemoteChange(() => {
    if (pending) return;
    pending = true;
    later(take);
  });
  take();
  // Bullets an open summary editor shares go in ahead of the store, which agrees on them then:
  // its own commit of the same bullets (the same contents) later writes nothing more. A tab that
  // may not change the issue shares nothing, as its store takes no commit.
  store.getState().setLiveShared((cardId, inputs) => {
    const card = agreed && live && !store.getState().readOnly && findCard(agreed, cardId);
    if (agreed && card && !sameBullets(card.bullets, inputs))
      write(setCardBullets(agreed, cardId, inputs));
  });
  return () => {
    live = false;
    store.getState().setLiveShared(undefined);
    unsubscribe();
    stopListening();
  };
}

/**
 * The store's issue under the id the document was written with; the same issue gives the same
 * object, so the binding knows the issue it agreed on.
 */
function withDocId(localId: string, docId: string): (issue: Issue) => Issue {
  let last: [Issue, Issue] | undefined;
  return (issue) => {
    if (docId === localId) return issue;
    if (last?.[0] !== issue) last = [issue, { ...issue, id: docId }];
    return last[1];
  };
}
