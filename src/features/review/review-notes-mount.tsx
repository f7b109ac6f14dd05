import type { Issue } from '../../core/model/types';
import type { IssueRepository } from '../../persistence/issue-repository';
import { ReviewNotesPanel } from './review-notes-panel';
import { useReviewNotes } from './use-review-notes';

interface ReviewNotesMountProps {
  issue: Issue;
  repository: IssueRepository;
  onShowCard?: (cardId: string) => void;
}

/** The editor's view of reviewer notes: the panel while notes are open, or why a link failed. */
export function ReviewNotesMount({ issue, repository, onShowCard }: ReviewNotesMountProps) {
  const { notes, problem, dismiss } = useReviewNotes(issue.id, repository);
  if (problem) {
    return (
      <p role="alert" className="notice notice-error">
        The reviewer's notes could not be opened: {problem}
      </p>
    );
  }
  if (!notes) return null;
  return (
    <ReviewNotesPanel notes={notes} issue={issue} onDismiss={dismiss} onShowCard={onShowCard} />
  );
}
