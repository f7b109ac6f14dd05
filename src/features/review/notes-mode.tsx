import { CardReviewControls } from './card-review-controls';
import { NO_MARK, toggleFine, withNote, type CardMarks } from './card-marks';
import type { ReviewIssue } from './review-issue';
import { ReviewIssueView } from './review-issue-view';
import { SendNotesBack } from './send-notes-back';

// Review mode, loaded when the reviewer turns it on: the issue with "Fine" and a note under
// each card, and the bar that sends the notes back. The marks live in the page, so turning the
// mode off and on again keeps them.

interface NotesModeProps {
  issue: ReviewIssue;
  marks: CardMarks;
  onMarks: (update: (marks: CardMarks) => CardMarks) => void;
}

export function NotesMode({ issue, marks, onMarks }: NotesModeProps) {
  return (
    <>
      <ReviewIssueView
        issue={issue}
        cardExtras={(card) => {
          const mark = marks[card.key] ?? NO_MARK;
          return {
            className: mark.fine ? 'card-marked-fine' : undefined,
            node: (
              <CardReviewControls
                title={card.title}
                mark={mark}
                onToggleFine={() => onMarks((all) => toggleFine(all, card.key))}
                onNote={(note) => onMarks((all) => withNote(all, card.key, note))}
              />
            ),
          };
        }}
      />
      <SendNotesBack slug={issue.slug} cards={issue.cards} marks={marks} />
    </>
  );
}
