import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../test/helpers/corpus';
import { importIssue } from '../core/markdown/import-issue';
import { allCards } from '../core/model/ops/locate';
import { updateCardFields } from '../core/model/ops/card-ops';
import { createEditorStore } from './create-editor-store';

describe('editor store: an issue others changed (takeShared)', () => {
  it('takes it without an undo step, and keeps my steps, now holding their edit', () => {
    const store = createEditorStore(importIssue(readCorpus('056.md')));
    const s = () => store.getState();
    const [mine, theirs] = allCards(s().issue).map(({ card }) => card);
    if (!mine || !theirs) throw new Error('056 has cards');
    s().updateCardFields(mine.id, { title: 'Mine' });
    s().updateCardFields(mine.id, { url: 'https://example.com/mine' });
    s().undo();
    expect(s().future).toHaveLength(1);
    const shared = updateCardFields(s().issue, theirs.id, { title: 'Theirs' });
    s().takeShared(shared);
    expect(s().issue).toBe(shared);
    expect(s().past).toHaveLength(1);
    const titles = () => allCards(s().issue).map(({ card }) => card.title);
    s().redo();
    expect(allCards(s().issue)[0]?.card.url).toBe('https://example.com/mine');
    expect(titles().slice(0, 2)).toEqual(['Mine', 'Theirs']);
    s().undo();
    s().undo();
    expect(titles().slice(0, 2)).toEqual([mine.title, 'Theirs']);
    expect(s().past).toEqual([]);
  });
});
