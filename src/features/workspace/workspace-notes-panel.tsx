import { useId } from 'react';
import type { LiveReviewNote } from '../../core/collab/live-review-note';
import type { Issue } from '../../core/model/types';
import type { CardNote } from '../../core/share/review-notes';
import { matchReviewNotes } from '../review/match-review-notes';
import { CardNoteText } from '../review/review-notes-panel';
import '../review/review-notes-panel.css';

// For the editor of a workspace issue: the notes and "fine" marks reviewers leave through a
// reviewer link, as they write them, each with its card and who wrote it; in the same panel as
// the notes a notes link brings. The notes are the reviewers' to change, so there is nothing to
// dismiss: a note goes when its reviewer clears it. Names and notes come from reviewers'
// browsers: React renders them as text, nothing else.

type NamedNote = CardNote & { by: string };

interface WorkspaceNotesPanelProps {
  notes: readonly LiveReviewNote[];
  issue: Issue;
  /** Called with a card id when the editor asks to see the card a note is about. */
  onShowCard: (cardId: string) => void;
}

export function WorkspaceNotesPanel({ notes, issue, onShowCard }: WorkspaceNotesPanelProps) {
  const headingId = useId();
  const cards = notes.map(named);
  const { matched, unmatched } = matchReviewNotes({ issueSlug: '', cards }, issue);
  return (
    <aside className="review-notes-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Reviewer notes, live</h2>
      {matched.length > 0 && (
        <ul className="review-notes-list">
          {matched.map(({ card, section, note }) => (
            <li key={card.id}>
              <button type="button" className="button-link" onClick={() => onShowCard(card.id)}>
                {card.title}
              </button>
              {section && <span className="hint"> · {section}</span>}
              <CardNoteText note={note} />
              <p className="hint review-note-by">by {note.by}</p>
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
                <p className="hint review-note-by">by {note.by}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

function named({ key, note, fine, by }: LiveReviewNote): NamedNote {
  return {
    id: key,
    by,
    ...(fine ? { verdict: 'fine' as const } : {}),
    ...(note.trim() ? { note } : {}),
  };
}
