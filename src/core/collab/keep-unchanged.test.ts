import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { allCards } from '../model/ops/locate';
import { updateCardFields } from '../model/ops/card-ops';
import { keepUnchanged } from './keep-unchanged';

describe('keepUnchanged', () => {
  it('gives back the previous issue itself when a fresh copy reads the same', () => {
    const issue = importIssue(readCorpus('056.md'));
    expect(keepUnchanged(issue, structuredClone(issue))).toBe(issue);
  });

  it('keeps every card but the edited one, and the edit itself', () => {
    const issue = importIssue(readCorpus('056.md'));
    const cards = allCards(issue).map(({ card }) => card);
    const edited = cards[3];
    if (!edited) throw new Error('056 has cards');
    const fresh = structuredClone(updateCardFields(issue, edited.id, { title: 'Renamed' }));
    const kept = keepUnchanged(issue, fresh);
    expect(kept).toEqual(fresh);
    const keptCards = allCards(kept).map(({ card }) => card);
    keptCards.forEach((card, i) => {
      if (card.id === edited.id) expect(card).not.toBe(cards[i]);
      else expect(card).toBe(cards[i]);
    });
    expect(kept.frontMatter).toBe(issue.frontMatter);
  });

  it('matches list items by id, so a card moved or added elsewhere keeps the others', () => {
    const a = { id: 'a', n: [1] };
    const b = { id: 'b', n: [2] };
    const kept = keepUnchanged(
      [a, b],
      [{ id: 'c', n: [3] }, structuredClone(b), structuredClone(a)],
    );
    expect(kept[1]).toBe(b);
    expect(kept[2]).toBe(a);
  });
});
