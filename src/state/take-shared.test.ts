import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../test/helpers/corpus';
import { importIssue } from '../core/markdown/import-issue';
import { allCards } from '../core/model/ops/locate';
import { updateCardFields } from '../core/model/ops/card-ops';
import { createEditorStore } from './create-editor-store';

describe('editor store: an issue others changed (takeShared)', () => {
  it('takes it without an undo step, and drops the steps that would take it back', () => {
    const store = createEditorStore(importIssue(readCorpus('056.md')));
    const s = () => store.getState();
    const [mine, theirs] = allCards(s().issue).map(({ card }) => card);
    if (!mine || !theirs) throw new Error('056 has cards');
    s().updateCardFields(mine.id, { title: 'Mine' });
    s().undo();
    expect(s().future).toHaveLength(1);
    const shared = updateCardFields(s().issue, theirs.id, { title: 'Theirs' });
    s().takeShared(shared);
    expect(s().issue).toBe(shared);
    expect(s().past).toEqual([]);
    expect(s().future).toEqual([]);
    s().undo();
    expect(s().issue).toBe(shared);
  });
});
