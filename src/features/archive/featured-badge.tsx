// "Already featured": a small badge by a link that an earlier or other issue featured, such as
// "in #054", linking to that issue's preview (or "in Flux updates 2022-03" for an issue of another
// newsletter than the one asked about, when the caller names the newsletters). It works for a
// card's URL and for a URL still being typed or pasted, before any card exists; it shows nothing
// for a link not seen before.
// The answer comes from the repository's link index (see FeaturedLookup).

import { useCallback, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { occurrenceTemplateId, type LinkOccurrence } from '../../core/links/link-index';
import { useRepository } from '../../components/repository-context';
import { featuredLookupFor } from './featured-lookup';

interface FeaturedBadgeProps {
  url: string;
  /** The issue the link is in or is going into: its own links do not count. */
  issueId?: string;
  /** That issue's newsletter template: only its issues count. Undefined: every newsletter's. */
  templateId?: string;
  /**
   * Keep the first answer for the session instead of following the stored issues: for the open
   * issue's cards, whose issue is saved every second while typing.
   */
  once?: boolean;
  /**
   * Newsletter names by template id: given, an issue of another newsletter than `templateId`'s
   * (any, when that is undefined) is named with its newsletter ("Flux updates 2022-03").
   */
  newsletterNames?: ReadonlyMap<string, string>;
}

type IssueLabel = (occurrence: LinkOccurrence) => string;

function issueLabelFor(
  templateId: string | undefined,
  names: ReadonlyMap<string, string> | undefined,
): IssueLabel {
  return (occurrence) => {
    const newsletter = occurrenceTemplateId(occurrence);
    if (names === undefined || newsletter === templateId) {
      return occurrence.slug === '' ? 'another draft' : `#${occurrence.slug}`;
    }
    const name = names.get(newsletter) ?? newsletter;
    return occurrence.slug === '' ? name : `${name} ${occurrence.slug}`;
  };
}

function describePlaces(found: readonly LinkOccurrence[], issueLabel: IssueLabel): string {
  return found
    .map(
      (o) =>
        `${issueLabel(o)}${o.cardTitle ? ` (${o.cardTitle})` : o.where === 'prose' ? ' (intro)' : ''}`,
    )
    .join(', ');
}

export function FeaturedBadge({
  url,
  issueId,
  templateId,
  once = false,
  newsletterNames,
}: FeaturedBadgeProps) {
  const lookup = featuredLookupFor(useRepository(), {
    excludeIssueId: issueId,
    templateId,
    follow: !once,
  });
  const read = useCallback(() => lookup.read(url), [lookup, url]);
  const places = useSyncExternalStore(lookup.subscribe, read, read);
  if (!places) return null;
  const { latest, found } = places;
  const issueLabel = issueLabelFor(templateId, newsletterNames);
  const label = issueLabel(latest);
  const others = new Set(found.map(issueLabel)).size - 1;
  const more = others > 0 ? ` +${others}` : '';
  return (
    <Link
      className="featured-badge"
      to={`/issues/${encodeURIComponent(latest.issueId)}/preview`}
      aria-label={`Already featured in ${label}${others > 0 ? ` and ${others} more` : ''}`}
      title={`Already featured in ${describePlaces(found, issueLabel)}`}
    >
      {`in ${label}${more}`}
    </Link>
  );
}
