import { useEffect, useState } from 'react';
import type { SearchableIssue } from './search-issues';
import { warmSlugOrder } from '../../core/links/issue-slug';
import { prepareSearch } from './search-issues';

/** Issues prepared per slice: a few milliseconds of work, so typing is never held up. */
const SLICE = 25;

/**
 * Prepares every issue's searchable text in idle slices once the issues are read, and says when
 * it is done. A query typed before then still finds everything: the search prepares what is
 * left itself. Prepared text is kept per stored revision, so an issue saved again is prepared
 * again and the rest are not.
 */
export function usePreparedSearch(issues: ReadonlyMap<string, SearchableIssue>, ready: boolean) {
  const [prepared, setPrepared] = useState<ReadonlyMap<string, SearchableIssue> | undefined>();
  useEffect(() => {
    if (!ready) return;
    const pending = [...issues.values()];
    let cancelled = false;
    let handle: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      // The hits are sorted by slug: the collator (7-13 ms to make) is made here, not in a query.
      warmSlugOrder();
      for (const { issue } of pending.splice(0, SLICE)) prepareSearch(issue);
      if (cancelled) return;
      if (pending.length > 0) handle = setTimeout(step, 0);
      else setPrepared(issues);
    };
    handle = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(handle);
    };
  }, [issues, ready]);
  return prepared === issues;
}
