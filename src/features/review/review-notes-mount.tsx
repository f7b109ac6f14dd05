import type { ReactNode } from 'react';
import type { Issue } from '../../core/model/types';
import type { ReviewNotes } from '../../core/share/review-notes';
import type { IssueRepository } from '../../persistence/issue-repository';
import { ReviewNotesPanel } from './review-notes-panel';
import { useReviewNotes } from './use-review-notes';

interface ReviewNotesMountProps {
  issueId: string;
  repository: IssueRepository;
  /**
   * Renders the open notes against the issue as it is now. The editor passes a component that
   * follows its store, so only the panel, never the whole editor, re-renders while typing.
   */
  children: (notes: ReviewNotes, dismiss: () => void) => ReactNode;
}

/** The editor's view of reviewer notes: the panel while notes are open, or why a link failed. */
export function ReviewNotesMount({ issueId, repository, children }: ReviewNotesMountProps) {
  const { notes, problem, dismiss } = useReviewNotes(issueId, repository);
  if (problem) {
    return (
      <p role="alert" className="notice notice-error">
        The reviewer's notes could not be opened: {problem}
      </p>
    );
  }
  return notes ? children(notes, dismiss) : null;
}

/** The panel for a fixed issue, for screens without an editor store. */
export function staticNotesPanel(issue: Issue, onShowCard?: (cardId: string) => void) {
  return function NotesPanel(notes: ReviewNotes, dismiss: () => void) {
    return (
      <ReviewNotesPanel notes={notes} issue={issue} onDismiss={dismiss} onShowCard={onShowCard} />
    );
  };
}
