import type { Issue, LinkCard } from '../../core/model/types';
import { decodeNotesLink } from '../../core/share/notes-link';
import type { NotesLinkResult } from '../../core/share/notes-link-text';
import type { CardNote, ReviewNotes } from '../../core/share/review-notes';
import { reviewCardKeys } from './review-card-key';

// The editor's side of reviewer notes: which of the issue's cards each note is about. Notes name
// cards by key (see review-card-key.ts); the editor's cards get the same keys from their URLs,
// in reading order, so a note finds its card after the editor reordered cards or rewrote titles.

export interface MatchedNote<N extends CardNote = CardNote> {
  card: LinkCard;
  section: string;
  note: N;
}

export interface NotesMatch<N extends CardNote = CardNote> {
  /** Notes whose card is in the issue, in the issue's reading order. */
  matched: MatchedNote<N>[];
  /** Notes about cards no longer in the issue (their link changed, or they were removed). */
  unmatched: N[];
  /** False when the notes were written for an issue with another slug. */
  sameIssue: boolean;
}

export function matchReviewNotes<N extends CardNote>(
  notes: { issueSlug: string; cards: readonly N[] },
  issue: Issue,
): NotesMatch<N> {
  const byKey = new Map(notes.cards.map((note) => [note.id, note]));
  const cards = cardsInOrder(issue);
  const keys = reviewCardKeys(cards.map(({ card }) => card.url));
  const matched: MatchedNote<N>[] = [];
  cards.forEach(({ card, section }, index) => {
    const note = byKey.get(keys[index] ?? '');
    if (!note) return;
    matched.push({ card, section, note });
    byKey.delete(note.id);
  });
  return { matched, unmatched: [...byKey.values()], sameIssue: notes.issueSlug === slugOf(issue) };
}

/** The note beside each card, by the editor's card id. */
export function notesByCardId(notes: ReviewNotes, issue: Issue): Map<string, CardNote> {
  return new Map(matchReviewNotes(notes, issue).matched.map(({ card, note }) => [card.id, note]));
}

/**
 * The notes a `#notes=<fragment>` address carries: undefined when it carries none, else the
 * decoded notes or the message to show. Never throws.
 */
export function notesFromHash(hash: string): NotesLinkResult | undefined {
  const match = /^#?notes=(.*)$/s.exec(hash);
  return match ? decodeNotesLink(match[1] ?? '') : undefined;
}

function cardsInOrder(issue: Issue): Array<{ card: LinkCard; section: string }> {
  const out: Array<{ card: LinkCard; section: string }> = [];
  const add = (blocks: Issue['intro'], section: string) => {
    for (const block of blocks) if (block.kind === 'card') out.push({ card: block, section });
  };
  add(issue.intro, '');
  for (const section of issue.sections) add(section.blocks, section.heading);
  return out;
}

function slugOf(issue: Issue): string {
  const entry = issue.frontMatter.entries.find((e) => e.key === 'slug');
  return typeof entry?.value === 'string' ? entry.value : '';
}
