import { useId, useState } from 'react';
import type { ReviewIssue } from '../review/review-issue';
import { ReviewIssueView } from '../review/review-issue-view';
import { LiveNotesMode } from './live-notes-mode';
import type { LiveReviewSession, LiveReviewSnapshot } from './live-review-session';

interface LiveReviewViewProps {
  issue: ReviewIssue;
  snapshot: LiveReviewSnapshot;
  session: LiveReviewSession;
}

/** The live issue with the reviewer's toolbar: their name, and review mode on or off. */
export function LiveReviewView({ issue, snapshot, session }: LiveReviewViewProps) {
  const nameId = useId();
  const [name, setName] = useState('');
  const [reviewing, setReviewing] = useState(false);
  const { notes, online } = snapshot;
  const changeName = (next: string) => {
    setName(next);
    session.setName(next.trim());
  };
  return (
    <>
      <title>{`${issue.title || 'Untitled issue'} · Live review · Broadsheet`}</title>
      <div className="review-toolbar" role="toolbar" aria-label="Review">
        <p className="review-toolbar-label" role="status">
          {online
            ? 'Live from the workspace · read-only'
            : 'Offline · the issue as it last came from the workspace'}
        </p>
        <div className="actions">
          <label htmlFor={nameId}>Your name</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={60}
            placeholder="shown to the editors"
            onChange={(event) => changeName(event.target.value)}
          />
          {issue.cards.length > 0 && notes !== undefined && (
            <button
              type="button"
              className="button"
              aria-pressed={reviewing}
              onClick={() => setReviewing(!reviewing)}
            >
              Mark cards and leave notes
            </button>
          )}
        </div>
      </div>
      {reviewing && notes !== undefined ? (
        <LiveNotesMode
          issue={issue}
          notes={notes}
          online={online}
          onWrite={(key, mark) => session.writeNote({ key, ...mark, by: name })}
        />
      ) : (
        <ReviewIssueView issue={issue} />
      )}
    </>
  );
}
