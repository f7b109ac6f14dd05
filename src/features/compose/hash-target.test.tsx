// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { allCards } from '../../core/model/ops/locate';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';
import { cardOfHash } from './use-hash-target';

afterEach(cleanup);

describe('opening the editor at a card', () => {
  it('focuses the URL field for #card-<id>-url, as the inbox links', async () => {
    const issue = corpusIssue('056.md');
    const card = allCards(issue)[5]!.card;
    await renderCompose(issue, { path: `/issues/${issue.id}#card-${card.id}-url` });
    const article = screen.getByRole('article', { name: card.title });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(article).getByRole('textbox', { name: 'URL' })),
    );
  });

  it('goes to the card for #card-<id>, as search results link', async () => {
    const issue = corpusIssue('056.md');
    const card = allCards(issue)[7]!.card;
    await renderCompose(issue, { path: `/issues/${issue.id}#card-${card.id}` });
    const article = screen.getByRole('article', { name: card.title });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(article).getByRole('textbox', { name: 'Card title' }),
      ),
    );
  });

  it("goes to the problems for #problems, as the reader view's Show problems links", async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue, { path: `/issues/${issue.id}#problems` });
    const panel = screen.getByRole('complementary', { name: /^Problems/ });
    // The heading while the panel is still checking, else the first problem.
    await waitFor(() => expect(panel.contains(document.activeElement)).toBe(true));
  });

  it('reads a card id that itself ends in -url, and ignores unknown cards', () => {
    const ids = new Set(['c1', 'c2-url']);
    const exists = (id: string) => ids.has(id);
    expect(cardOfHash('#card-c1-url', exists)).toEqual({ cardId: 'c1', field: 'url' });
    expect(cardOfHash('#card-c2-url', exists)).toEqual({ cardId: 'c2-url', field: 'title' });
    expect(cardOfHash('#card-c2-url-url', exists)).toEqual({ cardId: 'c2-url', field: 'url' });
    expect(cardOfHash('#card-c9', exists)).toBeUndefined();
    expect(cardOfHash('#card-%E0%A4%A', exists)).toBeUndefined();
    expect(cardOfHash('#top', exists)).toBeUndefined();
  });
});
