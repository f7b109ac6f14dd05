// "Already featured": a small badge by a link that an earlier or other issue featured, such as
// "in #054", linking to that issue's preview. It works for a card's URL and for a URL still
// being typed or pasted, before any card exists; it shows nothing for a link not seen before.

import { Link } from 'react-router';
import { findFeatured, type LinkOccurrence } from '../../core/links/link-index';
import { useFeaturedIndex } from './use-featured-index';

interface FeaturedBadgeProps {
  url: string;
  /** The issue the link is in or is going into: its own links do not count. */
  issueId?: string;
}

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

export function FeaturedBadge({ url, issueId }: FeaturedBadgeProps) {
  const { index } = useFeaturedIndex();
  if (url.trim() === '') return null;
  const found = findFeatured(index, url, { excludeIssueId: issueId });
  const latest = found.at(-1);
  if (latest === undefined) return null;
  const label = issueLabel(latest);
  const others = new Set(found.map(issueLabel)).size - 1;
  const more = others > 0 ? ` +${others}` : '';
  return (
    <Link
      className="featured-badge"
      to={`/issues/${encodeURIComponent(latest.issueId)}/preview`}
      aria-label={`Already featured in ${label}${others > 0 ? ` and ${others} more` : ''}`}
      title={`Already featured in ${describePlaces(found)}`}
    >
      {`in ${label}${more}`}
    </Link>
  );
}
