import {
  buildLinkIndex,
  findFeatured,
  type LinkIndex,
  type LinkOccurrence,
} from '../../core/links/link-index';
import type {
  CachedIssue,
  StoredIssuesCache,
  StoredIssuesSnapshot,
} from '../archive/stored-issues-cache';

/** What a card's badge says about its link: where else it was featured. */
export interface FeaturedPlaces {
  /** The latest issue that featured it. */
  latest: LinkOccurrence;
  /** Every occurrence, oldest slug first. */
  found: readonly LinkOccurrence[];
}

interface Derived {
  others: readonly CachedIssue[];
  index: LinkIndex;
  byUrl: Map<string, FeaturedPlaces | null>;
}

/**
 * The links of every stored issue but the open one, for the badges of the open issue's cards.
 * Saving the open issue publishes a new stored-issues snapshot every second or so while typing;
 * the other issues are then the same objects, so this keeps its index and its answers, and a
 * badge whose answer did not change does not render again (500 cards, 500 badges).
 */
export class FeaturedElsewhere {
  private derived: Derived | undefined;
  private seen: StoredIssuesSnapshot | undefined;

  constructor(private readonly issueId: string) {}

  /** Where `url` was featured outside the open issue; the same object while that holds. */
  lookup(snapshot: StoredIssuesSnapshot, url: string): FeaturedPlaces | null {
    const derived = this.derive(snapshot);
    const known = derived.byUrl.get(url);
    if (known !== undefined) return known;
    const found = findFeatured(derived.index, url, { excludeIssueId: this.issueId });
    const latest = found.at(-1);
    const places = latest ? { latest, found } : null;
    derived.byUrl.set(url, places);
    return places;
  }

  private derive(snapshot: StoredIssuesSnapshot): Derived {
    if (this.derived && snapshot === this.seen) return this.derived;
    this.seen = snapshot;
    const others = [...snapshot.issues.values()].filter((c) => c.issue.id !== this.issueId);
    const last = this.derived;
    if (
      last &&
      last.others.length === others.length &&
      last.others.every((c, i) => c === others[i])
    )
      return last;
    this.derived = { others, index: buildLinkIndex(others.map((c) => c.issue)), byUrl: new Map() };
    return this.derived;
  }
}

const perCache = new WeakMap<StoredIssuesCache, Map<string, FeaturedElsewhere>>();

/** The one FeaturedElsewhere of an open issue, shared by its cards. */
export function featuredElsewhereFor(cache: StoredIssuesCache, issueId: string): FeaturedElsewhere {
  let byIssue = perCache.get(cache);
  if (!byIssue) {
    byIssue = new Map();
    perCache.set(cache, byIssue);
  }
  let elsewhere = byIssue.get(issueId);
  if (!elsewhere) {
    elsewhere = new FeaturedElsewhere(issueId);
    byIssue.set(issueId, elsewhere);
  }
  return elsewhere;
}
