import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { exportIssue } from '../../core/markdown/export-issue';
import { importIssue } from '../../core/markdown/import-issue';
import type { LinkCard } from '../../core/model/types';
import { encodeNotesLink } from '../../core/share/notes-link';
import { SHARE_MESSAGES } from '../../core/share/share-messages';
import { buildReviewNotes } from './card-marks';
import { matchReviewNotes, notesByCardId, notesFromHash } from './match-review-notes';
import { FRONT_MATTER_READERS } from '../../core/front-matter/parse-front-matter';
import { readReviewIssue } from './read-review-issue';

// The whole round: the editor's issue is shared, the reviewer marks cards on the page's own
// reading of the markdown, and the notes come back to the editor's cards.

function cards(issue: ReturnType<typeof importIssue>): LinkCard[] {
  return [...issue.intro, ...issue.sections.flatMap((s) => s.blocks)].filter(
    (block): block is LinkCard => block.kind === 'card',
  );
}

describe('matching reviewer notes to the editor cards', () => {
  const issue = importIssue(readCorpus('056.md'));
  const review = readReviewIssue(exportIssue(issue), FRONT_MATTER_READERS);
  const [first, second, third] = review.cards;
  const marks = {
    [first?.key ?? '']: { fine: true, note: '' },
    [third?.key ?? '']: { fine: false, note: 'Typo in the title.' },
  };
  const notes = buildReviewNotes(review.slug, review.cards, marks);

  it('finds the card each note is about, in reading order', () => {
    const { matched, unmatched, sameIssue } = matchReviewNotes(notes, issue);
    expect(sameIssue).toBe(true);
    expect(unmatched).toEqual([]);
    const editorCards = cards(issue);
    expect(matched.map((m) => m.card.id)).toEqual([editorCards[0]?.id, editorCards[2]?.id]);
    expect(matched.map((m) => m.section)).toEqual([
      'New AWS services and features',
      'New AWS services and features',
    ]);
    expect(second?.key && notesByCardId(notes, issue).has(editorCards[1]?.id ?? '')).toBe(false);
  });

  it('still finds cards after the editor reorders and retitles them', () => {
    const [section, ...rest] = issue.sections;
    const blocks = [...(section?.blocks ?? [])]
      .reverse()
      .map((block) =>
        block.kind === 'card'
          ? { ...block, title: `${block.title} (edited)`, headerSource: undefined }
          : block,
      );
    const edited = { ...issue, sections: [{ ...section!, blocks }, ...rest] };
    const found = notesByCardId(notes, edited);
    expect(found.get(cards(issue)[0]?.id ?? '')).toEqual({ id: first?.key, verdict: 'fine' });
    expect(found.get(cards(issue)[2]?.id ?? '')?.note).toBe('Typo in the title.');
  });

  it('lists notes whose card is gone, and says when the slug differs', () => {
    const [section, ...rest] = issue.sections;
    const blocks = (section?.blocks ?? []).slice(1);
    const edited = { ...issue, sections: [{ ...section!, blocks }, ...rest] };
    const other = { ...notes, issueSlug: '057' };
    const { matched, unmatched, sameIssue } = matchReviewNotes(other, edited);
    expect(matched.map((m) => m.note.note)).toEqual(['Typo in the title.']);
    expect(unmatched).toEqual([{ id: first?.key, verdict: 'fine' }]);
    expect(sameIssue).toBe(false);
  });

  it('reads notes from a #notes= address, and nothing from other addresses', () => {
    expect(notesFromHash(`#notes=${encodeNotesLink(notes)}`)).toEqual({ ok: true, notes });
    expect(notesFromHash('#notes=n1.garbage')).toMatchObject({ ok: false });
    expect(notesFromHash('#notes=')).toEqual({ ok: false, message: SHARE_MESSAGES.empty });
    expect(notesFromHash('#section-2')).toBeUndefined();
    expect(notesFromHash('')).toBeUndefined();
  });
});
