import {
  ISSUE_SLUG_PATTERN,
  MAX_NOTE_CHARS,
  type CardNote,
  type ReviewNotes,
} from '../../core/share/review-notes';
import type { ReviewCard } from './review-issue';

// The reviewer's marks, per card key: "fine", a note, or both. They live only in the page; the
// reviewer sends them back as a notes link.

export interface CardMark {
  fine: boolean;
  note: string;
}

export type CardMarks = Readonly<Record<string, CardMark>>;

export const NO_MARK: CardMark = { fine: false, note: '' };

export function toggleFine(marks: CardMarks, key: string): CardMarks {
  const mark = marks[key] ?? NO_MARK;
  return { ...marks, [key]: { ...mark, fine: !mark.fine } };
}

export function withNote(marks: CardMarks, key: string, note: string): CardMarks {
  const mark = marks[key] ?? NO_MARK;
  return { ...marks, [key]: { ...mark, note: note.slice(0, MAX_NOTE_CHARS) } };
}

export function countMarks(marks: CardMarks): { fine: number; notes: number } {
  const all = Object.values(marks);
  return {
    fine: all.filter((mark) => mark.fine).length,
    notes: all.filter((mark) => mark.note.trim() !== '').length,
  };
}

/** The notes to send: marked cards in reading order; an unusable slug becomes "issue". */
export function buildReviewNotes(
  slug: string,
  cards: readonly ReviewCard[],
  marks: CardMarks,
): ReviewNotes {
  const noted: CardNote[] = [];
  for (const card of cards) {
    const mark = marks[card.key];
    const note = mark?.note.trim() ?? '';
    if (!mark || (!mark.fine && note === '')) continue;
    const entry: CardNote = { id: card.key };
    if (mark.fine) entry.verdict = 'fine';
    if (note) entry.note = note;
    noted.push(entry);
  }
  return { issueSlug: ISSUE_SLUG_PATTERN.test(slug) ? slug : 'issue', cards: noted };
}
