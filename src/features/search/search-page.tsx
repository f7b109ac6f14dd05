// Search, `/search`: across the archive and the drafts by card title, URL and bullet text. Each
// result opens its issue at the card (`/issues/:id#card-<cardId>`) or its preview. The query and
// the newsletter chosen live in the address (`?q=…&newsletter=…`), so a search can be bookmarked
// and the back button returns to it. With several newsletters in the library, each result names
// its newsletter, and a select limits the search to one.

import { useDeferredValue, useMemo } from 'react';
import { Link } from 'react-router';
import { QueryProvider } from '../../components/query-provider';
import { useStoredIssues } from '../archive/use-stored-issues';
import { useLibraryTemplates } from '../templates/use-library-templates';
import { Highlight } from './highlight';
import { issueNewsletter } from './issue-newsletter';
import { NewsletterSelect } from './newsletter-select';
import { queryWords, type SearchableIssue, type SearchHit } from './search-issues';
import { timedSearch } from './timed-search';
import { searchNewsletters, type SearchNewsletter } from './search-newsletters';
import { usePreparedSearch } from './use-prepared-search';
import { useSearchAddress } from './use-search-address';
import './search.css';

function issuePath(hit: SearchHit, preview = false): string {
  const base = `/issues/${encodeURIComponent(hit.issueId)}${preview ? '/preview' : ''}`;
  return hit.cardId === undefined ? base : `${base}#card-${hit.cardId}`;
}

interface SearchResultItemProps {
  hit: SearchHit;
  words: readonly string[];
  /** The name of the hit's newsletter, when the library holds several. */
  newsletter: string | undefined;
}

function SearchResultItem({ hit, words, newsletter }: SearchResultItemProps) {
  return (
    <li className="search-hit">
      <Link to={issuePath(hit)} className="search-hit-title">
        <Highlight text={hit.title || '(untitled card)'} words={words} />
      </Link>
      <div className="search-hit-meta">
        {newsletter !== undefined && <span className="search-hit-newsletter">{newsletter}</span>}
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
  return (
    <QueryProvider>
      <SearchScreen />
    </QueryProvider>
  );
}

function SearchScreen() {
  const { query, newsletter, setQuery, setNewsletter } = useSearchAddress();
  const deferred = useDeferredValue(query);
  const { issues, ready, error } = useStoredIssues();
  const prepared = usePreparedSearch(issues, ready);
  const newsletters = useNewsletters(issues);
  const result = useMemo(() => {
    const all = [...issues.values()];
    const within = newsletter === undefined ? all : all.filter((s) => inNewsletter(s, newsletter));
    return timedSearch(within, deferred);
  }, [issues, deferred, newsletter]);
  const words = useMemo(() => queryWords(deferred), [deferred]);
  const names = new Map(newsletters.map((n) => [n.id, n.name]));
  const several = newsletters.length > 1;

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
          onChange={(event) => setQuery(event.target.value)}
        />
        {(several || newsletter !== undefined) && (
          <NewsletterSelect
            newsletters={withChosen(newsletters, newsletter)}
            value={newsletter}
            onChange={setNewsletter}
          />
        )}
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
            <SearchResultItem
              key={`${hit.issueId}/${hit.cardId ?? ''}`}
              hit={hit}
              words={words}
              newsletter={several ? names.get(hit.templateId) : undefined}
            />
          ))}
        </ol>
      )}
    </main>
  );
}

function inNewsletter(searchable: SearchableIssue, id: string): boolean {
  return issueNewsletter(searchable.issue) === id;
}

/** The newsletters the stored issues belong to, named by the library's templates. */
function useNewsletters(issues: ReadonlyMap<string, SearchableIssue>): SearchNewsletter[] {
  const { templates } = useLibraryTemplates();
  return useMemo(
    () => searchNewsletters(issues.values(), templates?.all ?? []),
    [issues, templates],
  );
}

/** The choices, with the one in the address even when no issue belongs to it (named by its id). */
function withChosen(
  newsletters: SearchNewsletter[],
  chosen: string | undefined,
): SearchNewsletter[] {
  if (chosen === undefined || newsletters.some((n) => n.id === chosen)) return newsletters;
  return [...newsletters, { id: chosen, name: chosen }];
}
