// Every stored issue, archived ones and drafts, kept in memory for the screens that look across
// all of them (search, the inbox's target draft; "already featured" asks the link index
// instead). It follows the repository's live summaries and loads only the issues whose revision
// changed, so an autosave of one draft reloads one issue. One cache per repository, shared by
// every component through useSyncExternalStore.

import type { Issue } from '../../core/model/types';
import type {
  IssueRepository,
  IssueSummary,
  Unsubscribe,
} from '../../persistence/issue-repository';

export interface CachedIssue {
  issue: Issue;
  rev: number;
  archived: boolean;
}

export interface StoredIssuesSnapshot {
  /** Issue id -> issue; a new map after every change, so it can be compared by identity. */
  issues: ReadonlyMap<string, CachedIssue>;
  /** False until the first complete load. */
  ready: boolean;
  error: string | undefined;
}

const EMPTY: StoredIssuesSnapshot = { issues: new Map(), ready: false, error: undefined };

export class StoredIssuesCache {
  private snapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private stopFollowing: Unsubscribe | undefined;
  private latest: IssueSummary[] | undefined;
  private loading = false;

  constructor(private readonly repository: IssueRepository) {}

  readonly subscribe = (listener: () => void): Unsubscribe => {
    this.listeners.add(listener);
    if (this.stopFollowing === undefined) {
      this.stopFollowing = this.repository.subscribeSummaries(
        (summaries) => this.onSummaries(summaries),
        (error) => this.publish({ ...this.snapshot, error: describe(error) }),
      );
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.stopFollowing?.();
        this.stopFollowing = undefined;
      }
    };
  };

  readonly getSnapshot = (): StoredIssuesSnapshot => this.snapshot;

  private onSummaries(summaries: IssueSummary[]): void {
    this.latest = summaries;
    if (!this.loading) void this.drain();
  }

  /** Loads until the newest summaries are reflected; summaries arriving meanwhile are queued. */
  private async drain(): Promise<void> {
    this.loading = true;
    try {
      while (this.latest !== undefined) {
        const summaries = this.latest;
        this.latest = undefined;
        const issues = await this.load(summaries);
        this.publish({ issues, ready: true, error: undefined });
      }
    } catch (error) {
      this.publish({ ...this.snapshot, error: describe(error) });
    } finally {
      this.loading = false;
    }
  }

  private async load(summaries: IssueSummary[]): Promise<Map<string, CachedIssue>> {
    const known = this.snapshot.issues;
    const next = new Map<string, CachedIssue>();
    const stale = summaries.filter((s) => known.get(s.id)?.rev !== s.rev);
    const loaded = await Promise.all(stale.map((s) => this.repository.get(s.id)));
    const fresh = new Map(stale.map((s, i) => [s.id, loaded[i]]));
    for (const summary of summaries) {
      const stored = fresh.has(summary.id) ? fresh.get(summary.id) : known.get(summary.id);
      if (stored === undefined) continue;
      const same = stored.archived === summary.archived;
      next.set(summary.id, same ? stored : { ...stored, archived: summary.archived });
    }
    return next;
  }

  private publish(snapshot: StoredIssuesSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const caches = new WeakMap<IssueRepository, StoredIssuesCache>();

/** The cache of a repository: one per repository, so each test's fresh repository gets its own. */
export function storedIssuesFor(repository: IssueRepository): StoredIssuesCache {
  let cache = caches.get(repository);
  if (cache === undefined) {
    cache = new StoredIssuesCache(repository);
    caches.set(repository, cache);
  }
  return cache;
}
