import { lazy, Suspense, useEffect, useState } from 'react';
import type { IssueRepository } from '../../persistence/issue-repository';
import { whenIdle } from './when-idle';

const ComposeReviewNotes = lazy(async () => ({
  default: (await import('./compose-review-notes')).ComposeReviewNotes,
}));

/**
 * Reviewer notes beside the draft (ComposeReviewNotes), loaded once the editor is idle after it
 * opens: reading a notes link takes the share-link decoder, which opening an issue does not need.
 */
export function IdleReviewNotes({ repository }: { repository: IssueRepository }) {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  if (!idle) return null;
  return (
    <Suspense fallback={null}>
      <ComposeReviewNotes repository={repository} />
    </Suspense>
  );
}
