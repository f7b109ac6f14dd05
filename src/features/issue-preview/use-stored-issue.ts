// Follows one stored issue, so the preview shows the latest save (from the editor in another tab
// too) and notices when the draft is deleted.

import { useEffect, useState } from 'react';
import { useRepository } from '../../components/repository-context';
import type { Issue } from '../../core/model/types';

export type StoredIssueState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; issue: Issue }
  | { status: 'error'; message: string };

export function useStoredIssue(id: string): StoredIssueState {
  const repository = useRepository();
  const [state, setState] = useState<{ id: string; value: StoredIssueState }>({
    id,
    value: { status: 'loading' },
  });
  useEffect(
    () =>
      repository.subscribeIssue(
        id,
        (stored) =>
          setState({
            id,
            value: stored ? { status: 'ready', issue: stored.issue } : { status: 'missing' },
          }),
        (error) =>
          setState({
            id,
            value: {
              status: 'error',
              message: error instanceof Error ? error.message : String(error),
            },
          }),
      ),
    [repository, id],
  );
  return state.id === id ? state.value : { status: 'loading' };
}
