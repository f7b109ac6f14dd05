// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importIssue } from '../../core/markdown/import-issue';
import { reviewIssueOf } from '../review/review-issue-of';
import type { LiveReviewSession, LiveReviewSnapshot } from './live-review-session';
import { LiveReviewView } from './live-review-view';

afterEach(cleanup);

const issue = reviewIssueOf(
  importIssue(readFileSync(join(process.cwd(), 'test/fixtures/eks-news/056.md'), 'utf8')),
);
const [first, second] = issue.cards;

function fakeSession(): LiveReviewSession {
  return {
    snapshot: vi.fn(),
    subscribe: vi.fn(),
    writeNote: vi.fn(),
    setName: vi.fn(),
    destroy: vi.fn(),
  };
}

function snapshotWith(notes: LiveReviewSnapshot['notes']): LiveReviewSnapshot {
  return { issue: { status: 'ready', issue }, online: true, notes, unsent: 0 };
}

describe('LiveReviewView', () => {
  it('writes marks and notes under the reviewer’s name, and shows those in the document', async () => {
    if (!first || !second) throw new Error('056 has cards');
    const user = userEvent.setup();
    const session = fakeSession();
    const notes = {
      [second.key]: { key: second.key, note: 'Which region?', fine: false, by: 'Sam', at: 1 },
    };
    render(<LiveReviewView issue={issue} snapshot={snapshotWith(notes)} session={session} />);
    expect(screen.getByRole('heading', { level: 1, name: issue.title })).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('Live from the workspace · read-only');
    await user.type(screen.getByLabelText('Your name'), 'Rita');
    expect(session.setName).toHaveBeenLastCalledWith('Rita');
    await user.click(screen.getByRole('button', { name: 'Mark cards and leave notes' }));
    const review = (title: string) => screen.getByRole('group', { name: `Review of “${title}”` });
    await user.click(within(review(first.title)).getByRole('button', { name: 'Fine' }));
    expect(session.writeNote).toHaveBeenLastCalledWith({
      key: first.key,
      fine: true,
      note: '',
      by: 'Rita',
    });
    const note = within(review(second.title)).getByRole('textbox', {
      name: `Note on “${second.title}”`,
    });
    expect((note as HTMLTextAreaElement).value).toBe('Which region?');
  });

  it('offers no review mode before the notes have come', () => {
    render(
      <LiveReviewView issue={issue} snapshot={snapshotWith(undefined)} session={fakeSession()} />,
    );
    expect(screen.queryByRole('button', { name: 'Mark cards and leave notes' })).toBeNull();
    expect(screen.getAllByRole('link', { name: first?.title ?? '' }).length).toBeGreaterThan(0);
  });
});
