// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { allCards } from '../../core/model/ops/locate';
import { exportIssue } from '../../core/markdown/export-issue';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';

afterEach(cleanup);

async function storedText(rendered: Awaited<ReturnType<typeof renderCompose>>) {
  const stored = await rendered.repository.get(rendered.issue.id);
  return exportIssue(stored!.issue);
}

describe('a card in the editor', () => {
  it('edits a title: the card is renamed, and only its line changes in the saved file', async () => {
    const issue = corpusIssue('056.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const first = allCards(issue)[0]!.card;
    const card = screen.getByRole('article', { name: first.title });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Card title' }), {
      target: { value: 'Container image signing' },
    });
    expect(screen.getByRole('article', { name: 'Container image signing' })).toBe(card);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveProperty('textContent', 'All changes saved'),
    );
    const before = exportIssue(issue).split('\n');
    const after = (await storedText(rendered)).split('\n');
    const changed = after.filter((line, i) => line !== before[i]);
    expect(after).toHaveLength(before.length);
    expect(changed).toEqual([
      '* [Container image signing](https://aws.amazon.com/about-aws/whats-new/2023/06/aws-container-image-signing/)',
    ]);
  });

  it('takes a URL typed without https:// and shows the link in the preview', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const first = allCards(issue)[0]!.card;
    const card = screen.getByRole('article', { name: first.title });
    const url = within(card).getByRole('textbox', { name: 'URL' });
    fireEvent.change(url, { target: { value: 'example.com/signing' } });
    expect(url).toHaveProperty('value', 'example.com/signing');
    const preview = screen.getByRole('complementary', { name: 'Preview' });
    await waitFor(() =>
      expect(preview.querySelector(`[data-card-id="${first.id}"] a`)?.getAttribute('href')).toBe(
        'https://example.com/signing',
      ),
    );
  });

  it('refuses a javascript: URL with a message, keeps the typed text, and keeps the old link', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const first = allCards(issue)[0]!.card;
    const card = screen.getByRole('article', { name: first.title });
    const url = within(card).getByRole('textbox', { name: 'URL' });
    fireEvent.change(url, { target: { value: 'javascript:alert(1)' } });
    expect(url).toHaveProperty('value', 'javascript:alert(1)');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(card).getByText('Only http and https links can be added, not "javascript:" links.'),
    ).toBeTruthy();
    const preview = screen.getByRole('complementary', { name: 'Preview' });
    expect(preview.querySelector(`[data-card-id="${first.id}"] a`)?.getAttribute('href')).toBe(
      first.url,
    );
    expect(preview.innerHTML).not.toContain('javascript');
  });

  it('sets and clears a tag', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const first = allCards(issue)[0]!.card;
    const card = screen.getByRole('article', { name: first.title });
    const tag = within(card).getByRole('combobox', { name: 'Tag' });
    fireEvent.change(tag, { target: { value: 'Blog ' } });
    expect(tag).toHaveProperty('value', 'Blog ');
    const preview = screen.getByRole('complementary', { name: 'Preview' });
    await waitFor(() =>
      expect(preview.querySelector(`[data-card-id="${first.id}"] .card-tag`)?.textContent).toBe(
        '[Blog]',
      ),
    );
    fireEvent.change(tag, { target: { value: '' } });
    await waitFor(() =>
      expect(preview.querySelector(`[data-card-id="${first.id}"] .card-tag`)).toBeNull(),
    );
  });
});

describe('adding a link to a section', () => {
  it('adds a card titled from the URL at the end of that section, its title selected', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const region = screen.getByRole('region', { name: 'Open source projects' });
    const cardsBefore = within(region).getAllByRole('article').length;
    const box = within(region).getByRole('textbox', { name: 'Add link' });
    fireEvent.change(box, { target: { value: 'https://github.com/aws/eks-node-viewer' } });
    fireEvent.submit(box);
    const cards = within(region).getAllByRole('article');
    expect(cards).toHaveLength(cardsBefore + 1);
    expect(cards.at(-1)?.getAttribute('aria-label')).toBe('aws/eks-node-viewer');
    expect(box).toHaveProperty('value', '');
    const title = within(cards.at(-1)!).getByRole('textbox', { name: 'Card title' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    const input = title as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'aws/eks-node-viewer'.length]);
  });

  it('orders a card fields for Tab: title, URL, tag, summary', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const card = screen.getAllByRole('article')[0]!;
    const tabbable = [
      ...card.querySelectorAll<HTMLElement>(
        'input, [role="textbox"], [contenteditable="true"], a[href], button',
      ),
    ]
      .filter((el) => el.tabIndex >= 0)
      .map(
        (el) => el.getAttribute('data-field') ?? el.getAttribute('aria-label') ?? el.textContent,
      );
    expect(tabbable.slice(0, 4)).toEqual(['title', 'url', 'tag', 'summary']);
  });

  it('shows why an invalid URL is refused and keeps what was typed', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const region = screen.getByRole('region', { name: 'AWS blogs' });
    const cardsBefore = within(region).getAllByRole('article').length;
    const box = within(region).getByRole('textbox', { name: 'Add link' });
    fireEvent.change(box, { target: { value: 'data:text/html,<b>x</b>' } });
    fireEvent.submit(box);
    expect(box).toHaveProperty('value', 'data:text/html,<b>x</b>');
    expect(within(region).getByText(/Only http and https links can be added/)).toBeTruthy();
    expect(within(region).getAllByRole('article')).toHaveLength(cardsBefore);
  });
});
