// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { allCards } from '../../core/model/ops/locate';
import { corpusIssue, editorOf, renderCompose } from '../../../test/support/render-compose';

afterEach(cleanup);

// The keys that leave a card's summary (issue 15: no keyboard trap). jsdom moves no focus on Tab:
// a key the editor leaves to the browser is one whose keydown is not prevented.

/** Renders 056 and focuses its first card's summary editor, the caret in the first bullet. */
async function firstSummary() {
  const issue = corpusIssue('056.md');
  await renderCompose(issue, { delayMs: 10 });
  const first = allCards(issue)[0]!.card;
  const card = screen.getByRole('article', { name: first.title });
  act(() => within(card).getByRole('textbox', { name: 'Summary' }).focus());
  const editable = await waitFor(() => {
    const el = document.activeElement;
    if (!el?.classList.contains('ProseMirror')) throw new Error('summary not focused');
    return el as HTMLElement;
  });
  act(() => void editorOf(editable).commands.setTextSelection(3));
  return { card, editable, bullets: first.bullets.length };
}

describe('leaving a card summary by keyboard', () => {
  it('leaves Tab and Shift+Tab in the first bullet to the browser, to move the focus', async () => {
    const { editable } = await firstSummary();
    const before = editorOf(editable).getJSON();
    expect(fireEvent.keyDown(editable, { key: 'Tab' })).toBe(true);
    expect(fireEvent.keyDown(editable, { key: 'Tab', shiftKey: true })).toBe(true);
    expect(editorOf(editable).getJSON()).toEqual(before);
  });

  it("puts the focus on the card's next control on Escape, and closes the editor", async () => {
    const { card, editable, bullets } = await firstSummary();
    expect(bullets).toBeGreaterThan(0);
    expect(fireEvent.keyDown(editable, { key: 'Escape' })).toBe(false);
    expect(document.activeElement).toBe(within(card).getByRole('button', { name: 'Move card up' }));
    await waitFor(() => expect(card.querySelector('.ProseMirror')).toBeNull());
    const summary = within(card).getByRole('textbox', { name: 'Summary' });
    expect(summary.querySelectorAll('li')).toHaveLength(bullets);
  });
});
