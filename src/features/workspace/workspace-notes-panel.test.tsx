// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importIssue } from '../../core/markdown/import-issue';
import type { LinkCard } from '../../core/model/types';
import { reviewIssueOf } from '../review/review-issue-of';
import { WorkspaceNotesPanel } from './workspace-notes-panel';

afterEach(cleanup);

const issue = importIssue(
  readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8'),
);
// The keys the reviewer's page gives the cards, as a reviewer link's notes carry them.
const keys = reviewIssueOf(issue).cards.map((card) => card.key);
const cards = [...issue.intro, ...issue.sections.flatMap((s) => s.blocks)].filter(
  (block): block is LinkCard => block.kind === 'card',
);

describe('WorkspaceNotesPanel', () => {
  it('shows each note with its card, in reading order, and who wrote it', async () => {
    const onShowCard = vi.fn();
    const notes = [
      {
        key: keys[2] ?? '',
        note: '<img src=x onerror=alert(1)> date?',
        fine: false,
        by: 'Sam',
        at: 2,
      },
      { key: keys[0] ?? '', note: '', fine: true, by: 'Rita', at: 1 },
      { key: 'cgone', note: 'This card was cut.', fine: false, by: 'Rita', at: 3 },
    ];
    render(<WorkspaceNotesPanel notes={notes} issue={issue} onShowCard={onShowCard} />);
    const panel = screen.getByRole('complementary', { name: 'Reviewer notes, live' });
    const [firstItem, secondItem, gone] = within(panel).getAllByRole('listitem');
    expect(firstItem?.textContent).toContain(cards[0]?.title);
    expect(firstItem?.textContent).toContain('✓ Fine');
    expect(firstItem?.textContent).toContain('by Rita');
    expect(secondItem?.textContent).toContain(cards[2]?.title);
    expect(secondItem?.textContent).toContain('<img src=x onerror=alert(1)> date?');
    expect(secondItem?.textContent).toContain('by Sam');
    expect(panel.querySelector('img')).toBeNull();
    expect(gone?.textContent).toBe('This card was cut.by Rita');
    await userEvent.click(within(panel).getByRole('button', { name: cards[2]?.title ?? '' }));
    expect(onShowCard).toHaveBeenCalledWith(cards[2]?.id);
  });
});
