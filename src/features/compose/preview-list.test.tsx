// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import { FakeIntersectionObserver } from '../../../test/support/fake-intersection-observer';
import { renderCompose } from '../../../test/support/render-compose';
import { buildTestIssue } from '../../../test/support/test-issue';

// The preview's lists of cards far from what the pane shows, with an IntersectionObserver the
// test drives (where each list is on screen is the browser tests' part).

beforeAll(() => {
  globalThis.IntersectionObserver =
    FakeIntersectionObserver as unknown as typeof IntersectionObserver;
});
afterAll(() => {
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
});
afterEach(cleanup);

function previewLists(): HTMLElement[] {
  const pane = screen.getByRole('complementary', { name: 'Preview' });
  return [...pane.querySelectorAll<HTMLElement>('ul.cards')];
}

describe('a list of the preview far from what the pane shows', () => {
  it('is one item of its height holding its words, and its cards again once near', async () => {
    await renderCompose(buildTestIssue({ cards: 40, sections: 2 }));
    const last = previewLists().at(-1) as HTMLElement;
    const title = 'Card 40: scaling clusters with Karpenter';
    expect(within(last).getByRole('link', { name: title })).toBeTruthy();

    act(() => FakeIntersectionObserver.report(last, false, 1234));
    expect(within(last).queryByRole('link')).toBeNull();
    expect(last.getAttribute('aria-hidden')).toBe('true');
    expect(last.style.height).toBe('1234px');
    expect(last.children).toHaveLength(1);
    expect(last.textContent).toContain(title);
    expect(last.textContent).toContain('A summary with bold and a link');

    act(() => FakeIntersectionObserver.report(last, true));
    expect(within(last).getByRole('link', { name: title })).toBeTruthy();
    expect(last.getAttribute('aria-hidden')).toBeNull();
  });
});
