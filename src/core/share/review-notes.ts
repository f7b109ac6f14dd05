// Reviewer notes sent back to the editor: per card, "fine" or a note. They arrive from a link
// anyone could have written, so everything is checked here before the editor sees it.

export interface CardNote {
  id: string;
  verdict?: 'fine';
  note?: string;
}

export interface ReviewNotes {
  issueSlug: string;
  cards: CardNote[];
}

export const MAX_NOTED_CARDS = 1000;
export const MAX_NOTE_CHARS = 2000;
/** Card ids as newId() makes them, with room for other generators. */
export const CARD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const ISSUE_SLUG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,99}$/;

export type NotesCheck = { ok: true; notes: ReviewNotes } | { ok: false; problem: string };

/** Checks untrusted data against the notes schema and copies out only the known fields. */
export function checkReviewNotes(value: unknown): NotesCheck {
  if (!isPlainObject(value)) return problem('they are not a set of notes');
  if (!hasOnlyKeys(value, ['issueSlug', 'cards'])) return problem('they hold unknown fields');
  const { issueSlug, cards } = value;
  if (typeof issueSlug !== 'string' || !ISSUE_SLUG_PATTERN.test(issueSlug)) {
    return problem('the issue slug is missing or malformed');
  }
  if (!Array.isArray(cards)) return problem('the list of cards is missing');
  if (cards.length > MAX_NOTED_CARDS)
    return problem(`they cover more than ${MAX_NOTED_CARDS} cards`);
  const checked: CardNote[] = [];
  const seen = new Set<string>();
  for (const [index, card] of cards.entries()) {
    const result = checkCardNote(card);
    if (typeof result === 'string') return problem(`card ${index + 1} ${result}`);
    if (seen.has(result.id)) return problem(`card ${index + 1} repeats an earlier card`);
    seen.add(result.id);
    checked.push(result);
  }
  return { ok: true, notes: { issueSlug, cards: checked } };
}

/** The checked card note, or what is wrong with it. */
function checkCardNote(card: unknown): CardNote | string {
  if (!isPlainObject(card)) return 'is not a card note';
  if (!hasOnlyKeys(card, ['id', 'verdict', 'note'])) return 'holds unknown fields';
  const { id, verdict, note } = card;
  if (typeof id !== 'string' || !CARD_ID_PATTERN.test(id)) return 'has a malformed card id';
  if (verdict !== undefined && verdict !== 'fine') return 'has an unknown verdict';
  if (note !== undefined && typeof note !== 'string') return 'has a note that is not text';
  if (typeof note === 'string' && note.length > MAX_NOTE_CHARS) {
    return `has a note longer than ${MAX_NOTE_CHARS} characters`;
  }
  const checked: CardNote = { id };
  if (verdict !== undefined) checked.verdict = verdict;
  if (note !== undefined) checked.note = note;
  return checked;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function problem(text: string): { ok: false; problem: string } {
  return { ok: false, problem: text };
}
