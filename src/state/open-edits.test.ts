import { describe, expect, it } from 'vitest';
import { eksNewsTemplate } from '../core/template/eks-news';
import { newIssue } from '../core/template/new-issue';
import { createEditorStore } from './create-editor-store';

const HELD = [{ kind: 'text' as const, text: 'held' }];

const open = () =>
  createEditorStore(newIssue(eksNewsTemplate, '080', '2025-01-09T15:00:00Z', 1), { revision: 1 });

describe('edits held by open editors', () => {
  it('are put into the issue before it is read, editors still loading included', async () => {
    const store = open();
    const section = store.getState().issue.sections[0]!.id;
    const card = store.getState().addLinkCard('https://example.com/a', section)!;
    // An editor that holds a typed bullet, and one whose code is still loading.
    let loaded: () => void = () => undefined;
    store
      .getState()
      .holdEdits(() => store.getState().setCardBullets(card, [{ depth: 1, content: HELD }]));
    const release = store.getState().holdEdits(
      () =>
        new Promise<void>((resolve) => {
          loaded = () => {
            store.getState().updateCardFields(card, { title: 'typed ahead' });
            resolve();
          };
        }),
    );
    const reading = store.getState().settledIssue();
    loaded();
    const issue = await reading;
    const read = issue.sections[0]!.blocks.find((b) => b.id === card);
    expect(read).toMatchObject({ title: 'typed ahead', bullets: [{ depth: 1, content: HELD }] });
    release();
  });

  it('are flushed at once by flushEdits, and no longer once let go', () => {
    const store = open();
    let flushed = 0;
    const release = store.getState().holdEdits(() => void flushed++);
    store.getState().flushEdits();
    release();
    store.getState().flushEdits();
    expect(flushed).toBe(1);
  });
});

describe('the save status', () => {
  it('is not "saved" while an editor holds typing, whenever the write ends', () => {
    const store = open();
    const { issue } = store.getState();
    store.getState().markHeld(); // a keystroke in a summary, not in the issue yet
    store.getState().markSaving();
    store.getState().markSaved(issue, 2);
    expect(store.getState().saveStatus).toBe('pending');
    // The editor commits, and its typing changed nothing in the end: nothing left to save.
    store.getState().markCommitted();
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('is "saved" after a write when no editor holds anything', () => {
    const store = open();
    const { issue } = store.getState();
    store.getState().markPending();
    store.getState().markSaving();
    store.getState().markSaved(issue, 2);
    expect(store.getState().saveStatus).toBe('saved');
  });
});
