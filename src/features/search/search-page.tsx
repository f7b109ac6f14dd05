// Search, `/search`: across the archive and the drafts by card title, URL and bullet text. Each
// result opens its issue at the card (`/issues/:id#card-<cardId>`) or its preview. The query
// lives in the address (`?q=`), so a search can be bookmarked and the back button returns to it.

import { useDeferredValue, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useStoredIssues } from '../archive/use-stored-issues';
import { Highlight } from './highlight';
import { queryWords, type SearchHit } from './search-issues';
import { timedSearch } from './timed-search';
import { usePreparedSearch } from './use-prepared-search';
import './search.css';

function issuePath(hit: SearchHit, preview = false): string {
  const base = `/issues/${encodeURIComponent(hit.issueId)}${preview ? '/preview' : ''}`;
  return hit.cardId === undefined ? base : `${base}#card-${hit.cardId}`;
}

function SearchResultItem({ hit, words }: { hit: SearchHit; words: readonly string[] }) {
  return (
    <li className="search-hit">
      <Link to={issuePath(hit)} className="search-hit-title">
        <Highlight text={hit.title || '(untitled card)'} words={words} />
      </Link>
      <div className="search-hit-meta">
        <span>
          {hit.issueTitle || 'Untitled draft'} · {hit.archived ? 'archived' : 'draft'}
        </span>
        {hit.url && (
          <span className="search-hit-url">
            <Highlight text={hit.url} words={words} />
          </span>
        )}
        <Link to={issuePath(hit, true)} aria-label={`Preview ${hit.title} in ${hit.issueTitle}`}>
          Preview
        </Link>
      </div>
      {hit.snippet && (
        <p className="search-hit-snippet">
          <Highlight text={hit.snippet} words={words} />
        </p>
      )}
    </li>
  );
}

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const deferred = useDeferredValue(query);
  const { issues, ready, error } = useStoredIssues();
  const prepared = usePreparedSearch(issues, ready);
  const result = useMemo(() => timedSearch(issues.values(), deferred), [issues, deferred]);
  const words = useMemo(() => queryWords(deferred), [deferred]);

  return (
    <main className="page page-search">
      <title>Search · Broadsheet</title>
      <h1>Search</h1>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-query">Search titles, links and bullets</label>
        <input
          id="search-query"
          type="search"
          value={query}
          autoFocus
          onChange={(event) =>
            setParams(event.target.value ? { q: event.target.value } : {}, { replace: true })
          }
        />
      </form>
      {error && (
        <p role="alert" className="notice notice-error">
          The issues could not be read: {error}
        </p>
      )}
      <p role="status" className="search-count">
        {!ready
          ? 'Loading issues…'
          : deferred.trim() === ''
            ? prepared
              ? `${issues.size} issues to search.`
              : `Preparing ${issues.size} issues for search…`
            : result.total === 0
              ? 'No matches.'
              : `${result.total} ${result.total === 1 ? 'match' : 'matches'}${
                  result.total > result.hits.length ? `, the first ${result.hits.length} shown` : ''
                }.`}
      </p>
      {result.hits.length > 0 && (
        <ol className="search-hits" aria-label="Results">
          {result.hits.map((hit) => (
            <SearchResultItem key={`${hit.issueId}/${hit.cardId ?? ''}`} hit={hit} words={words} />
          ))}
        </ol>
      )}
    </main>
  );
}
