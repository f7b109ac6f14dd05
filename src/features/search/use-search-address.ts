// What the search page keeps in its address: the query (`?q=`) and the newsletter it is limited
// to (`&newsletter=`), so a search can be bookmarked and the back button returns to it.

import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export interface SearchAddress {
  query: string;
  /** The newsletter's template id; undefined for all newsletters. */
  newsletter: string | undefined;
  setQuery: (query: string) => void;
  setNewsletter: (id: string | undefined) => void;
}

export function useSearchAddress(): SearchAddress {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (key: string, value: string | undefined) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setQuery = useCallback((query: string) => update('q', query), [update]);
  const setNewsletter = useCallback((id: string | undefined) => update('newsletter', id), [update]);
  return {
    query: params.get('q') ?? '',
    newsletter: params.get('newsletter') || undefined,
    setQuery,
    setNewsletter,
  };
}
