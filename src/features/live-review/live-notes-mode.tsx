import type { LiveReviewNote } from '../../core/collab/live-review-note';
import { CardReviewControls } from '../review/card-review-controls';
import { countMarks, NO_MARK, type CardMark } from '../review/card-marks';
import type { ReviewIssue } from '../review/review-issue';
import { ReviewIssueView } from '../review/review-issue-view';

// Review mode on a reviewer link: "Fine" and a note under each card, as on a shared link, but
// each mark and each keystroke of a note goes straight to the issue's notes document, where the
// editors see it. Whoever wrote last about a card is the one named beside it.

interface LiveNotesModeProps {
  issue: ReviewIssue;
  notes: Readonly<Record<string, LiveReviewNote>>;
  online: boolean;
  onWrite: (key: string, mark: CardMark) => void;
}

export function LiveNotesMode({ issue, notes, online, onWrite }: LiveNotesModeProps) {
  const marks = Object.fromEntries(
    Object.values(notes).map(({ key, fine, note }) => [key, { fine, note }]),
  );
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
                onToggleFine={() => onWrite(card.key, { ...mark, fine: !mark.fine })}
                onNote={(note) => onWrite(card.key, { ...mark, note })}
              />
            ),
          };
        }}
      />
      <aside className="review-notes-bar" aria-label="Your review">
        <p className="review-notes-count" aria-live="polite">
          {summary(countMarks(marks), online)}
        </p>
      </aside>
    </>
  );
}

function summary({ fine, notes }: { fine: number; notes: number }, online: boolean): string {
  const where = online
    ? 'The editors see your marks and notes as you write them.'
    : 'Offline: your marks and notes are sent when the connection is back.';
  if (fine + notes === 0) return `Mark cards as fine or leave notes. ${where}`;
  const parts = [];
  if (fine) parts.push(`${fine} ${fine === 1 ? 'card' : 'cards'} fine`);
  if (notes) parts.push(`${notes} ${notes === 1 ? 'note' : 'notes'}`);
  return `${parts.join(', ')}. ${where}`;
}
