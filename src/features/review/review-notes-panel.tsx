import type { Issue } from '../../core/model/types';
import type { CardNote, ReviewNotes } from '../../core/share/review-notes';
import { matchReviewNotes } from './match-review-notes';
import './review-notes-panel.css';

// For the editor: the notes a reviewer sent back, beside the issue they are about, until the
// editor dismisses them. Each note shows with its card's title and section; notes about cards no
// longer in the issue are listed apart. Notes are text from a link anyone could write: React
// renders them as text, nothing else.

export interface ReviewNotesPanelProps {
  notes: ReviewNotes;
  issue: Issue;
  onDismiss: () => void;
  /** Called with a card id when the editor asks to see the card a note is about. */
  onShowCard?: (cardId: string) => void;
}

export function ReviewNotesPanel({ notes, issue, onDismiss, onShowCard }: ReviewNotesPanelProps) {
  const { matched, unmatched, sameIssue } = matchReviewNotes(notes, issue);
  return (
    <aside className="review-notes-panel" aria-labelledby="review-notes-panel-title">
      <h2 id="review-notes-panel-title">Reviewer notes</h2>
      {!sameIssue && (
        <p className="notice" role="note">
          These notes were written for issue “{notes.issueSlug}”, not this one; only cards with the
          same links are matched.
        </p>
      )}
      {matched.length === 0 && unmatched.length === 0 && <p>The reviewer left no notes.</p>}
      {matched.length > 0 && (
        <ul className="review-notes-list">
          {matched.map(({ card, section, note }) => (
            <li key={card.id}>
              {onShowCard ? (
                <button type="button" className="button-link" onClick={() => onShowCard(card.id)}>
                  {card.title}
                </button>
              ) : (
                <strong>{card.title}</strong>
              )}
              {section && <span className="hint"> · {section}</span>}
              <CardNoteText note={note} />
            </li>
          ))}
        </ul>
      )}
      {unmatched.length > 0 && (
        <>
          <h3>About cards no longer in this issue</h3>
          <ul className="review-notes-list">
            {unmatched.map((note) => (
              <li key={note.id}>
                <CardNoteText note={note} />
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss notes
      </button>
    </aside>
  );
}

/** One reviewer note as the editor shows it beside a card: "Fine" and/or the note's text. */
export function CardNoteText({ note }: { note: CardNote }) {
  return (
    <p className="review-card-note">
      {note.verdict === 'fine' && <span className="review-card-fine">✓ Fine</span>}
      {note.verdict === 'fine' && note.note ? ' ' : null}
      {note.note && <span className="review-card-note-text">{note.note}</span>}
    </p>
  );
}
