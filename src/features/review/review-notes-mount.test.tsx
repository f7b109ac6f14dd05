// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../../core/markdown/import-issue';
import { encodeNotesLink } from '../../core/share/notes-link';
import { allCards } from '../../core/model/ops/locate';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { reviewCardKeys } from './review-card-key';
import { ReviewNotesMount, staticNotesPanel } from './review-notes-mount';

const issue = importIssue(readCorpus('056.md'), { id: 'draft-56' });
const first = allCards(issue)[0]?.card;

function notesLink(): string {
  if (!first) throw new Error('no card');
  return encodeNotesLink({
    issueSlug: '056',
    cards: [{ id: reviewCardKeys([first.url])[0] ?? '', note: 'Say when it reached GA.' }],
  });
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('reviewer notes in the editor', () => {
  it('shows notes from the address beside their card, keeps them, and forgets them on dismiss', async () => {
    const repository = new MemoryIssueRepository();
    window.history.replaceState(null, '', `/issues/draft-56#notes=${notesLink()}`);
    const { unmount } = render(
      <ReviewNotesMount issueId={issue.id} repository={repository}>
        {staticNotesPanel(issue)}
      </ReviewNotesMount>,
    );
    expect(await screen.findByText('Say when it reached GA.')).toBeTruthy();
    expect(screen.getByText(first?.title ?? '')).toBeTruthy();
    expect(window.location.hash).toBe('');
    unmount();

    const again = render(
      <ReviewNotesMount issueId={issue.id} repository={repository}>
        {staticNotesPanel(issue)}
      </ReviewNotesMount>,
    );
    expect(await screen.findByText('Say when it reached GA.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss notes' }));
    expect(screen.queryByText('Say when it reached GA.')).toBeNull();
    await waitFor(async () =>
      expect(await repository.getSetting('review-notes:draft-56')).toBeUndefined(),
    );
    again.unmount();
  });

  it('says why a damaged notes link cannot be opened, and stores nothing', async () => {
    const repository = new MemoryIssueRepository();
    window.history.replaceState(null, '', `/issues/draft-56#notes=${notesLink().slice(0, 12)}`);
    await act(async () => {
      render(
        <ReviewNotesMount issueId={issue.id} repository={repository}>
          {staticNotesPanel(issue)}
        </ReviewNotesMount>,
      );
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be opened/);
    expect(await repository.getSetting('review-notes:draft-56')).toBeUndefined();
  });
});
