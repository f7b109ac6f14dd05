// The library's live list: every change to storage (this tab or another) re-renders it. The list
// is a query, so a library opened again shows the last list at once; the repository's
// subscription keeps it current while the library is open. The subscription starts once the
// first list is shown and the browser is idle: its own first read would otherwise race the list's.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useRepository } from '../../components/repository-context';
import { useIdleAfter } from './use-idle-after';
import type { IssueSummary } from '../../persistence/issue-repository';

export interface SummariesState {
  /** Undefined until the first answer arrives. */
  summaries: IssueSummary[] | undefined;
  error: string | undefined;
}

const summariesKey = ['issue-summaries'] as const;

/** Marked when the library asks for the list; the bench times the list from it to the screen. */
const LIST_MARK = 'broadsheet:library-list';

export function useIssueSummaries(): SummariesState {
  const repository = useRepository();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: summariesKey,
    queryFn: () => {
      performance.mark(LIST_MARK);
      return repository.listSummaries();
    },
    // Never stale: the subscription below hands over every change.
    staleTime: Infinity,
  });
  const [followError, setFollowError] = useState<unknown>();
  const follow = useIdleAfter(query.status !== 'pending');
  useEffect(() => {
    if (!follow) return undefined;
    // An unchanged list keeps its objects (react-query shares equal data), so nothing renders.
    return repository.subscribeSummaries((summaries) => {
      setFollowError(undefined);
      client.setQueryData(summariesKey, summaries);
    }, setFollowError);
  }, [client, repository, follow]);
  const error = followError ?? query.error ?? undefined;
  return {
    summaries: query.data,
    error: error === undefined ? undefined : error instanceof Error ? error.message : String(error),
  };
}
