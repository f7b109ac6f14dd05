import { useState } from 'react';
import { copyToClipboard } from '../../components/copy-to-clipboard';
import { encodeNotesFragment } from './encode-notes-fragment';
import type { ReviewCard } from './review-issue';
import { buildReviewNotes, countMarks, type CardMarks } from './card-marks';

// "Send notes back": the reviewer's marks become a short link (card keys and notes only, never
// the issue) that opens the notes beside the cards in the editor.

interface SendNotesBackProps {
  slug: string;
  cards: readonly ReviewCard[];
  marks: CardMarks;
}

type Outcome = { link: string; copied: boolean } | { problem: string };

/** Where a notes link points: the library, which hands `#notes=` to the editor. */
export function notesLinkUrl(origin: string, fragment: string): string {
  return `${origin}/#notes=${fragment}`;
}

export function SendNotesBack({ slug, cards, marks }: SendNotesBackProps) {
  const counts = countMarks(marks);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const empty = counts.fine + counts.notes === 0;

  async function send(): Promise<void> {
    try {
      const fragment = await encodeNotesFragment(buildReviewNotes(slug, cards, marks));
      const link = notesLinkUrl(location.origin, fragment);
      setOutcome({ link, copied: (await copyToClipboard(link)) === undefined });
    } catch (error) {
      setOutcome({ problem: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <aside className="review-notes-bar" aria-label="Your review">
      <p className="review-notes-count" aria-live="polite">
        {summary(counts)}
      </p>
      <button
        type="button"
        className="button button-primary"
        disabled={empty}
        onClick={() => void send()}
      >
        Send notes back
      </button>
      {outcome && 'link' in outcome && (
        <div className="review-notes-link">
          <p role="status">
            {outcome.copied
              ? 'The notes link is copied. Send it to the editor; it holds only your marks and notes.'
              : 'Copy this link and send it to the editor; it holds only your marks and notes.'}
          </p>
          <label className="visually-hidden" htmlFor="review-notes-link">
            Notes link
          </label>
          <input
            id="review-notes-link"
            readOnly
            value={outcome.link}
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
      {outcome && 'problem' in outcome && (
        <p className="notice notice-error" role="alert">
          {outcome.problem}
        </p>
      )}
    </aside>
  );
}

function summary({ fine, notes }: { fine: number; notes: number }): string {
  if (fine + notes === 0) return 'Mark cards as fine or leave notes, then send them back.';
  const parts = [];
  if (fine) parts.push(`${fine} ${fine === 1 ? 'card' : 'cards'} fine`);
  if (notes) parts.push(`${notes} ${notes === 1 ? 'note' : 'notes'}`);
  return parts.join(', ');
}
