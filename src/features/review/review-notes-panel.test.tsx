// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importIssue } from '../../core/markdown/import-issue';
import type { LinkCard } from '../../core/model/types';
import { FRONT_MATTER_READERS } from '../../core/front-matter/parse-front-matter';
import { readReviewIssue } from './read-review-issue';
import { ReviewNotesPanel } from './review-notes-panel';

afterEach(cleanup);

const markdown = readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8');
const issue = importIssue(markdown);
const keys = readReviewIssue(markdown, FRONT_MATTER_READERS).cards.map((card) => card.key);
const editorCards = issue.sections
  .flatMap((s) => s.blocks)
  .filter((b): b is LinkCard => b.kind === 'card');

describe('ReviewNotesPanel', () => {
  it('shows each note with its card, hostile text as text, and dismisses', async () => {
    const onDismiss = vi.fn();
    const onShowCard = vi.fn();
    const notes = {
      issueSlug: '056',
      cards: [
        { id: keys[1] ?? '', note: '<img src=x onerror=alert(1)> check the date' },
        { id: keys[0] ?? '', verdict: 'fine' as const },
        { id: 'cgone', note: 'This card was cut.' },
      ],
    };
    render(
      <ReviewNotesPanel
        notes={notes}
        issue={issue}
        onDismiss={onDismiss}
        onShowCard={onShowCard}
      />,
    );
    const panel = screen.getByRole('complementary', { name: 'Reviewer notes' });
    const items = within(panel).getAllByRole('listitem');
    expect(items[0]?.textContent).toMatch(/^AWS introduces container image signing.*✓ Fine$/);
    expect(items[1]?.textContent).toContain('<img src=x onerror=alert(1)> check the date');
    expect(panel.querySelector('img')).toBeNull();
    expect(within(panel).getByText('About cards no longer in this issue')).toBeTruthy();
    expect(items[2]?.textContent).toBe('This card was cut.');
    await userEvent.click(within(panel).getByRole('button', { name: editorCards[1]?.title ?? '' }));
    expect(onShowCard).toHaveBeenCalledWith(editorCards[1]?.id);
    await userEvent.click(within(panel).getByRole('button', { name: 'Dismiss notes' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('warns when the notes were written for another issue', () => {
    render(
      <ReviewNotesPanel
        notes={{ issueSlug: '057', cards: [] }}
        issue={issue}
        onDismiss={() => {}}
      />,
    );
    expect(screen.getByRole('note').textContent).toContain('“057”');
    expect(screen.getByText('The reviewer left no notes.')).toBeTruthy();
  });
});
