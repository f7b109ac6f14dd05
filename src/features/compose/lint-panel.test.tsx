// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { addCard, createCard } from '../../core/model/ops/card-ops';
import { allCards } from '../../core/model/ops/locate';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';
import { LINT_SHOWN } from './lint-panel';
import { LINT_DELAY_MS } from './use-lint-problems';

afterEach(cleanup);

const panel = () => screen.getByRole('complementary', { name: /^Problems/ });
const problem = (text: RegExp) => within(panel()).getByRole('button', { name: text });

describe('the lint panel', () => {
  it('lists the problems of issue 056 in file order, with their lines', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    await waitFor(() => expect(panel().querySelector('.lint-list')).not.toBeNull());
    const cardsWithoutSummary = allCards(issue).filter((c) => c.card.bullets.length === 0);
    const items = within(panel()).getAllByRole('button');
    expect(items).toHaveLength(cardsWithoutSummary.length);
    const first = cardsWithoutSummary[0]!.card;
    const file = readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8');
    const line = file.split('\n').findIndex((l) => l.includes(`[${first.title}](`)) + 1;
    expect(items[0]!.textContent).toBe(`Line ${line} card "${first.title}" has no summary`);
    const lines = items.map((b) => Number(/^Line (\d+)/.exec(b.textContent ?? '')?.[1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('takes the focus on from the heading to the first problem once the first check finds it', async () => {
    // Idle tasks wait for the test, so the first check waits while the heading takes the focus.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
    vi.stubGlobal('cancelIdleCallback', () => {});
    try {
      await renderCompose(corpusIssue('056.md'));
      expect(within(panel()).getByText('Checking…')).toBeTruthy();
      // Where the export's "Show problems" lands while the first check still runs.
      act(() => within(panel()).getByRole('heading', { name: 'Problems' }).focus());
      await waitFor(() => expect(idle.length).toBeGreaterThan(0));
      act(() => idle.splice(0).forEach((task) => task()));
      const first = await waitFor(() => within(panel()).getAllByRole('button')[0]!);
      await waitFor(() => expect(document.activeElement).toBe(first));
    } finally {
      cleanup();
      vi.unstubAllGlobals();
    }
  });

  it('takes the focus to the field of the problem clicked', async () => {
    const base = corpusIssue('056.md');
    const blogs = base.sections.find((s) => s.heading === 'AWS blogs')!;
    const copy = createCard(base, {
      title: 'Copy',
      url: 'https://aws.amazon.com/blogs/containers/happy-5th-birthday-amazon-eks/',
      bullets: ['again'],
    });
    const issue = addCard(base, blogs.id, copy);
    await renderCompose(issue);

    fireEvent.click(await waitFor(() => problem(/is already linked by "Happy 5th Birthday/)));
    const card = screen.getByRole('article', { name: 'Copy' });
    expect(document.activeElement).toBe(within(card).getByRole('textbox', { name: 'URL' }));

    const missing = allCards(issue).find((c) => c.card.bullets.length === 0)!.card;
    fireEvent.click(
      problem(new RegExp(`card "${missing.title.replace(/[()+]/g, '.')}" has no summary`)),
    );
    const empty = screen.getByRole('article', { name: missing.title });
    await waitFor(() => {
      expect(document.activeElement?.classList.contains('ProseMirror')).toBe(true);
      expect(empty.contains(document.activeElement)).toBe(true);
    });
  });

  it('checks again once typing pauses, and points a wrong title at the Title box', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    await waitFor(() => expect(panel().querySelector('.lint-list')).not.toBeNull());
    const title = screen.getByRole('textbox', { name: 'Title' });
    fireEvent.change(title, { target: { value: 'EKS News 56' } });
    // The check runs again LINT_DELAY_MS after the last change: wait for that, with room to spare
    // on a busy machine (waitFor's own default, one second, is no longer than the delay).
    const wrong = await waitFor(
      () => problem(/title should be "EKS News 056", not "EKS News 56"/),
      { timeout: LINT_DELAY_MS + 4000 },
    );
    act(() => title.blur());
    fireEvent.click(wrong);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title' }));
  });

  it('lists the first problems of a long list, and all of them on request', async () => {
    const base = corpusIssue('056.md');
    const blogs = base.sections.find((s) => s.heading === 'AWS blogs')!;
    let issue = base;
    for (let i = 0; i < LINT_SHOWN + 10; i++) {
      const card = createCard(issue, {
        title: `Bare card ${i}`,
        url: `https://example.com/bare/${i}`,
        bullets: [],
      });
      issue = addCard(issue, blogs.id, card);
    }
    const total = allCards(issue).filter((c) => c.card.bullets.length === 0).length;
    await renderCompose(issue);
    await waitFor(() => expect(panel().querySelector('.lint-list')).not.toBeNull());

    expect(within(panel()).getByRole('heading').textContent).toBe(`Problems (${total})`);
    const listed = () => panel().querySelectorAll('.lint-problem');
    expect(listed()).toHaveLength(LINT_SHOWN);
    fireEvent.click(within(panel()).getByRole('button', { name: `Show all ${total} problems` }));

    expect(listed()).toHaveLength(total);
    expect(within(panel()).queryByRole('button', { name: /^Show all/ })).toBeNull();
    expect(document.activeElement).toBe(listed()[LINT_SHOWN]);
  });
});
