import { featuredIndexOf } from './featured-index';
import type { LinkIndex } from '../../core/links/link-index';
import { useStoredIssues } from './use-stored-issues';

export interface FeaturedIndexState {
  /** Normalized URL -> where it occurs, across archived issues and drafts. */
  index: LinkIndex;
  /** False until every stored issue has been read once. */
  ready: boolean;
}

/**
 * The link index over every stored issue, rebuilt when an issue is stored, archived or deleted.
 * Look a URL up with findFeatured(index, url, { excludeIssueId }) from core/links/link-index.
 */
export function useFeaturedIndex(): FeaturedIndexState {
  const snapshot = useStoredIssues();
  return { index: featuredIndexOf(snapshot), ready: snapshot.ready };
}
