import type { ReviewNotes } from '../../core/share/review-notes';
import type { IssueRepository } from '../../persistence/issue-repository';
import { ReviewNotesMount } from '../review/review-notes-mount';
import { ReviewNotesPanel } from '../review/review-notes-panel';
import { WorkspaceReviewNotes } from '../workspace/workspace-review-notes';
import { useEditorState, useEditorStore } from './editor-store-context';

/**
 * Reviewer notes beside the draft: those a notes link sent back, until the editor dismisses them,
 * and for a workspace issue those reviewers leave through a reviewer link, live.
 */
export function ComposeReviewNotes({ repository }: { repository: IssueRepository }) {
  const store = useEditorStore();
  return (
    <>
      <ReviewNotesMount issueId={store.getState().issue.id} repository={repository}>
        {(notes, dismiss) => <LiveNotesPanel notes={notes} onDismiss={dismiss} />}
      </ReviewNotesMount>
      <WorkspaceReviewNotes repository={repository} />
    </>
  );
}

function LiveNotesPanel({ notes, onDismiss }: { notes: ReviewNotes; onDismiss: () => void }) {
  const store = useEditorStore();
  const issue = useEditorState((state) => state.issue);
  return (
    <ReviewNotesPanel
      notes={notes}
      issue={issue}
      onDismiss={onDismiss}
      onShowCard={(cardId) => store.getState().requestFocus(cardId, 'title')}
    />
  );
}
