// The library's live list: every change to storage (this tab or another) re-renders it.

import { useEffect, useState } from 'react';
import { useRepository } from '../../components/repository-context';
import type { IssueSummary } from '../../persistence/issue-repository';

export interface SummariesState {
  /** Undefined until the first answer arrives. */
  summaries: IssueSummary[] | undefined;
  error: string | undefined;
}

export function useIssueSummaries(): SummariesState {
  const repository = useRepository();
  const [state, setState] = useState<SummariesState>({ summaries: undefined, error: undefined });
  useEffect(
    () =>
      repository.subscribeSummaries(
        (summaries) => setState({ summaries, error: undefined }),
        (error) =>
          setState((previous) => ({
            summaries: previous.summaries,
            error: error instanceof Error ? error.message : String(error),
          })),
      ),
    [repository],
  );
  return state;
}
