// "Already featured" answers for the badges, asked of the repository's link index (findLinks)
// instead of reading every stored issue. The lookups asked within one task go out as one query
// (a 500-card issue opening asks once), and each answer is kept while anyone listens, as the
// same object, so a badge renders again only when its own answer changes.
//
// Two ways to keep answers: for the open issue's cards, once per editing session (the open issue
// is saved every second while typing, and asking again would only leave its own links out); for
// a URL being typed or an inbox candidate, following the stored issues, asking again after each
// change and showing the last answer meanwhile.

import { afterNextFrame } from '../../components/after-next-frame';
import { warmSlugOrder } from '../../core/links/issue-slug';
import { findFeatured, type LinkIndex, type LinkOccurrence } from '../../core/links/link-index';
import type { IssueRepository, Unsubscribe } from '../../persistence/issue-repository';

export const FEATURED_LOOKUP_MEASURE = 'broadsheet:featured-lookup';

/**
 * What a warm-up looks up: a URL in the reserved .invalid domain, which no real link has, with
 * what pasted links carry (a `www.` host, a trailing slash, a tracking parameter, parameters to
 * sort, a fragment), so that normalizing a first paste runs code that has run before. Without
 * them a first paste with a query (`?utm_source=…`, `?edition=…`) normalized it cold: 0.3 ms
 * and up to 1.4 of a lookup of 2 to 5, before its read could start.
 */
export const WARM_URL = 'https://www.broadsheet.invalid/warm/?utm_source=warm&page=2&edition=1#top';

/** What a badge says about a link: where else it was featured. */
export interface FeaturedPlaces {
  /** The latest issue that featured it. */
  latest: LinkOccurrence;
  /** Every occurrence, oldest slug first. */
  found: readonly LinkOccurrence[];
}

export interface FeaturedLookupOptions {
  /** The issue the links are in or are going into: its own links do not count. */
  excludeIssueId?: string;
  /**
   * The newsletter template of that issue: only its issues count (occurrenceTemplateId says which
   * newsletter an issue without a template id belongs to). Undefined: every newsletter's.
   */
  templateId?: string;
  /** Ask again after every change to the stored issues (else once per session). */
  follow: boolean;
}

type LinkFinder = Pick<IssueRepository, 'findLinks' | 'subscribeSummaries'>;

export class FeaturedLookup {
  private answers = new Map<string, FeaturedPlaces | null>();
  /** The answers before the last change, shown until the new ones arrive. */
  private stale = new Map<string, FeaturedPlaces | null>();
  private readonly asked = new Set<string>();
  private pending: string[] = [];
  private generation = 0;
  private readonly listeners = new Set<() => void>();
  private stopFollowing: Unsubscribe | undefined;
  private warmed = false;

  constructor(
    private readonly repository: LinkFinder,
    private readonly options: FeaturedLookupOptions,
  ) {}

  /** For useSyncExternalStore: called when answers arrive. */
  readonly subscribe = (listener: () => void): Unsubscribe => {
    this.listeners.add(listener);
    if (this.options.follow && this.stopFollowing === undefined) {
      let first = true;
      this.stopFollowing = this.repository.subscribeSummaries(() => {
        if (first) first = false;
        else this.forget(true);
      });
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      // The session is over (the editor or the page closed): ask afresh next time.
      this.stopFollowing?.();
      this.stopFollowing = undefined;
      this.forget(false);
    };
  };

  /** Where `url` was featured: null for nowhere, undefined until the index has answered. */
  read(url: string): FeaturedPlaces | null | undefined {
    if (url.trim() === '') return null;
    if (this.answers.has(url)) return this.answers.get(url);
    this.ask(url);
    return this.stale.get(url);
  }

  /**
   * Readies storage for the first lookup someone waits on, a paste: once, one lookup of a single
   * URL down the same path, its answer dropped, and the slug order its answers are sorted in.
   * For the editor to call when it is idle.
   */
  warm(): void {
    if (this.warmed) return;
    this.warmed = true;
    this.repository.findLinks([WARM_URL]).catch(() => undefined);
    // An answer's issues are sorted by slug; the collator that sorts them (7-13 ms to make) is
    // made now rather than in the first paste that finds a link featured.
    warmSlugOrder();
  }

  private ask(url: string): void {
    if (this.asked.has(url)) return;
    this.asked.add(url);
    this.pending.push(url);
    // In a task of its own after the frame that shows what asked (a paste, a card): started from
    // a microtask of the render, the lookup kept the editor's first save from happening
    // (storage-lost.test.tsx); started before that frame was painted, the frame (a paste repaints
    // the whole issue) ran while the lookup waited on storage, and took a first paste's answer
    // from about 2 ms to 5-10 in half the bench's runs. The badge shows in the frame after the
    // answer either way.
    if (this.pending.length === 1) afterNextFrame(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const urls = this.pending;
    this.pending = [];
    const generation = this.generation;
    const started = performance.now();
    let index: LinkIndex;
    try {
      index = await this.repository.findLinks(urls);
    } catch {
      // A badge is a hint: when storage cannot answer, it shows nothing.
      index = { byUrl: new Map() };
    }
    measureSince(started);
    if (generation !== this.generation) return;
    const { excludeIssueId, templateId } = this.options;
    for (const url of urls) {
      const found = findFeatured(index, url, { excludeIssueId, templateId });
      const latest = found.at(-1);
      this.answers.set(url, latest ? { latest, found } : null);
      this.asked.delete(url);
    }
    for (const listener of [...this.listeners]) listener();
  }

  private forget(keepShowing: boolean): void {
    this.generation++;
    this.stale = keepShowing ? new Map([...this.stale, ...this.answers]) : new Map();
    this.answers = new Map();
    this.asked.clear();
    this.pending = [];
    for (const listener of [...this.listeners]) listener();
  }
}

function measureSince(start: number): void {
  try {
    performance.measure(FEATURED_LOOKUP_MEASURE, { start, end: performance.now() });
  } catch {
    // Timing is for the bench only; a browser without measure options just goes without.
  }
}

const lookups = new WeakMap<LinkFinder, Map<string, FeaturedLookup>>();

/**
 * The one lookup of a repository for an issue, its newsletter and a way of keeping answers,
 * shared by badges.
 */
export function featuredLookupFor(
  repository: LinkFinder,
  options: FeaturedLookupOptions,
): FeaturedLookup {
  let byKey = lookups.get(repository);
  if (byKey === undefined) {
    byKey = new Map();
    lookups.set(repository, byKey);
  }
  const { follow, excludeIssueId = '', templateId = '' } = options;
  const key = JSON.stringify([follow ? 'follow' : 'session', excludeIssueId, templateId]);
  let lookup = byKey.get(key);
  if (lookup === undefined) {
    lookup = new FeaturedLookup(repository, options);
    byKey.set(key, lookup);
  }
  return lookup;
}
