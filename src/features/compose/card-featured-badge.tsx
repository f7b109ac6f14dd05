import { useCallback, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import type { LinkOccurrence } from '../../core/links/link-index';
import { useRepository } from '../../components/repository-context';
import { storedIssuesFor } from '../archive/stored-issues-cache';
import { featuredElsewhereFor } from './featured-elsewhere';

function issueLabel(occurrence: LinkOccurrence): string {
  return occurrence.slug === '' ? 'another draft' : `#${occurrence.slug}`;
}

function describePlaces(found: readonly LinkOccurrence[]): string {
  return found
    .map(
      (o) =>
        `${issueLabel(o)}${o.cardTitle ? ` (${o.cardTitle})` : o.where === 'prose' ? ' (intro)' : ''}`,
    )
    .join(', ');
}

/**
 * The "already featured" badge of a card's URL ("in #054", linking to that issue's preview),
 * worded as the archive's FeaturedBadge. It reads the stored issues as they were when the editor
 * opened (see FeaturedElsewhere) and renders again only when its own answer changes: the open
 * issue is saved every second while typing, and a 500-card issue has 500 of these.
 */
export function CardFeaturedBadge({ url, issueId }: { url: string; issueId: string }) {
  const cache = storedIssuesFor(useRepository());
  const elsewhere = featuredElsewhereFor(cache, issueId);
  const read = useCallback(() => {
    const snapshot = elsewhere.snapshot();
    return snapshot === undefined || url.trim() === '' ? null : elsewhere.lookup(snapshot, url);
  }, [elsewhere, url]);
  const places = useSyncExternalStore(elsewhere.subscribe, read, read);
  if (!places) return null;
  const label = issueLabel(places.latest);
  const others = new Set(places.found.map(issueLabel)).size - 1;
  return (
    <Link
      className="featured-badge"
      to={`/issues/${encodeURIComponent(places.latest.issueId)}/preview`}
      aria-label={`Already featured in ${label}${others > 0 ? ` and ${others} more` : ''}`}
      title={`Already featured in ${describePlaces(places.found)}`}
    >
      {`in ${label}${others > 0 ? ` +${others}` : ''}`}
    </Link>
  );
}
