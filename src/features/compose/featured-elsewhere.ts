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
 * It reads the stored issues once per editing session (the first complete snapshot after the
 * first badge asks) and then stops following them: the open issue is saved every second while
 * typing, and following would reload it each time, only to leave its own links out. A draft
 * changed meanwhile in another tab shows in the badges when the issue is opened again.
 */
export class FeaturedElsewhere {
  private derived: Derived | undefined;
  private seen: StoredIssuesSnapshot | undefined;
  private settled: StoredIssuesSnapshot | undefined;
  private readonly listeners = new Set<() => void>();
  private stopFollowing: (() => void) | undefined;

  constructor(
    private readonly cache: Pick<StoredIssuesCache, 'subscribe' | 'getSnapshot'>,
    private readonly issueId: string,
  ) {}

  /** For useSyncExternalStore: called once the stored issues have been read. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.settled && !this.stopFollowing) {
      this.stopFollowing = this.cache.subscribe(() => this.settle());
      this.settle();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      // The session is over (the editor closed): read afresh next time.
      this.stopFollowing?.();
      this.stopFollowing = undefined;
      this.settled = undefined;
    };
  };

  /** The stored issues as read for this session; undefined until they are. */
  readonly snapshot = (): StoredIssuesSnapshot | undefined => this.settled;

  private settle(): void {
    const snapshot = this.cache.getSnapshot();
    if (!snapshot.ready || this.settled) return;
    this.settled = snapshot;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    for (const listener of [...this.listeners]) listener();
  }

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
    elsewhere = new FeaturedElsewhere(cache, issueId);
    byIssue.set(issueId, elsewhere);
  }
  return elsewhere;
}
