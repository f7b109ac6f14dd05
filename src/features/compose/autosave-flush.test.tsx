// @vitest-environment jsdom
// The autosave writes at once, without waiting for its pause, when the page is hidden (tab switch,
// minimised window, a phone's app switcher) or left (pagehide): what was typed is not at the
// mercy of the browser killing a background page.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changePageVisibility, stubPageVisibility } from '../../../test/support/page-visibility';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  stubPageVisibility();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function typeIntoFirstCard(title: string) {
  const card = screen.getAllByRole('article')[0]!;
  fireEvent.change(within(card).getByRole('textbox', { name: 'Card title' }), {
    target: { value: title },
  });
}

describe('autosave when the page is hidden', () => {
  it('writes at once when the page becomes hidden, not when it becomes visible', async () => {
    const issue = corpusIssue('056.md');
    const { repository } = await renderCompose(issue, { delayMs: 10_000 });
    typeIntoFirstCard('Typed before switching tabs');
    await changePageVisibility('visible');
    expect((await repository.get(issue.id))?.rev).toBe(1);
    await changePageVisibility('hidden');
    const stored = await repository.get(issue.id);
    expect(stored?.rev).toBe(2);
    expect(JSON.stringify(stored?.issue)).toContain('Typed before switching tabs');
  });
});
