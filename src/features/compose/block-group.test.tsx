// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeIntersectionObserver } from '../../../test/support/fake-intersection-observer';
import { renderCompose } from '../../../test/support/render-compose';
import { buildTestIssue } from '../../../test/support/test-issue';

// The placeholder logic of a section's groups of cards, with an IntersectionObserver the test
// drives (jsdom lays nothing out: where each group is on screen is the browser test's part).

beforeAll(() => {
  globalThis.IntersectionObserver =
    FakeIntersectionObserver as unknown as typeof IntersectionObserver;
});
afterAll(() => {
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
});
afterEach(cleanup);

/** 40 cards in two sections: two groups of ten each. */
const longIssue = () => buildTestIssue({ cards: 40, sections: 2 });

function groupsOf(region: HTMLElement): HTMLElement[] {
  return [...region.querySelectorAll<HTMLElement>('.block-group')];
}

function report(elements: readonly HTMLElement[], near: boolean, height = 0): void {
  act(() => {
    for (const element of elements) FakeIntersectionObserver.report(element, near, height);
  });
}

describe('groups of cards far from the viewport', () => {
  it('are one placeholder holding their words, and cards again once near', async () => {
    await renderCompose(longIssue());
    const second = screen.getByRole('region', { name: 'AWS blogs' });
    const last = groupsOf(second)[1] as HTMLElement;
    const title = 'Card 40: scaling clusters with Karpenter';
    expect(within(second).getByRole('article', { name: title })).toBeTruthy();

    report([last], false, 2345);
    expect(within(second).queryByRole('article', { name: title })).toBeNull();
    expect(last.classList.contains('block-placeholder')).toBe(true);
    expect(last.getAttribute('aria-hidden')).toBe('true');
    expect(last.style.height).toBe('2345px');
    expect(last.textContent).toContain(title);
    expect(last.textContent).toContain('A summary with bold and a link');
    expect(last.querySelectorAll('*')).toHaveLength(0);

    report([last], true);
    expect(within(second).getByRole('article', { name: title })).toBeTruthy();
  });

  it('render the card a keyboard move takes there, focused', async () => {
    await renderCompose(longIssue());
    const second = screen.getByRole('region', { name: 'AWS blogs' });
    report(groupsOf(second), false, 3000);
    expect(within(second).queryAllByRole('article')).toHaveLength(0);

    const name = 'Card 1: scaling clusters with Karpenter';
    const title = within(screen.getByRole('article', { name })).getByRole('textbox', {
      name: 'Card title',
    });
    title.focus();
    fireEvent.keyDown(title, { key: 'ArrowDown', altKey: true, shiftKey: true });
    const moved = await within(second).findByRole('article', { name });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(moved).getByRole('textbox', { name: 'Card title' }),
      ),
    );
    // The group that took it is rendered, not the one after it.
    expect(groupsOf(second)[1]?.classList.contains('block-placeholder')).toBe(true);
  });

  it('stay cards while they hold focus, and become placeholders once it leaves', async () => {
    await renderCompose(longIssue());
    const first = screen.getByRole('region', { name: 'New AWS services and features' });
    const group = groupsOf(first)[0] as HTMLElement;
    const title = within(group).getAllByRole('textbox', { name: 'Card title' })[0] as HTMLElement;
    title.focus();
    report([group], false, 2000);
    expect(group.contains(document.activeElement)).toBe(true);
    expect(group.classList.contains('block-placeholder')).toBe(false);

    act(() => within(first).getByRole('textbox', { name: 'Add link' }).focus());
    expect(group.classList.contains('block-placeholder')).toBe(true);
  });

  it("announce each card's place in its section and the section's size", async () => {
    await renderCompose(longIssue());
    const first = screen.getByRole('region', { name: 'New AWS services and features' });
    const list = first.querySelector<HTMLElement>('.block-list');
    expect(list?.getAttribute('role')).toBe('list');
    const items = [...(list as HTMLElement).querySelectorAll('[role="listitem"][aria-posinset]')];
    expect(items).toHaveLength(20);
    expect(items.map((item) => item.getAttribute('aria-posinset'))).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1)),
    );
    expect(new Set(items.map((item) => item.getAttribute('aria-setsize')))).toEqual(
      new Set(['20']),
    );
  });
});
