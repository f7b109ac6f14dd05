import { useId, useState } from 'react';
import { MAX_NOTE_CHARS } from '../../core/share/review-notes';
import type { CardMark } from './card-marks';

// Under each card in review mode: "Fine" and a note for the editor.

interface CardReviewControlsProps {
  title: string;
  mark: CardMark;
  onToggleFine: () => void;
  onNote: (note: string) => void;
}

export function CardReviewControls({ title, mark, onToggleFine, onNote }: CardReviewControlsProps) {
  const noteId = useId();
  const [writing, setWriting] = useState(mark.note !== '');
  return (
    <div className="card-review" role="group" aria-label={`Review of “${title}”`}>
      <button
        type="button"
        className="button button-small card-fine"
        aria-pressed={mark.fine}
        onClick={onToggleFine}
      >
        {mark.fine ? '✓ Fine' : 'Fine'}
      </button>
      {writing ? (
        <>
          <label className="visually-hidden" htmlFor={noteId}>
            {`Note on “${title}”`}
          </label>
          <textarea
            id={noteId}
            className="card-note"
            rows={2}
            maxLength={MAX_NOTE_CHARS}
            placeholder="A note for the editor"
            value={mark.note}
            autoFocus={mark.note === ''}
            onChange={(event) => onNote(event.target.value)}
          />
        </>
      ) : (
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={`Add a note on “${title}”`}
          onClick={() => setWriting(true)}
        >
          Add a note
        </button>
      )}
    </div>
  );
}
