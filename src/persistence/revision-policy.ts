// Pure rules for revisions, shared by both repositories: how they are ordered, which ones a cap
// prunes, and the time a new one gets.

import type { Issue } from '../core/model/types';
import type { Revision, RevisionMeta, RevisionReason } from './issue-repository';
import { countCards, summarizeIssue } from './issue-summary-fields';

type Ordered = Pick<RevisionMeta, 'id' | 'createdAt'>;

/** Newest first; equal times (possible only across backups) fall back to the id. */
export function newestFirst(a: Ordered, b: Ordered): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The ids of the revisions beyond the newest `keep`, oldest last in the list they came from. */
export function selectRevisionsToPrune(revisions: readonly Ordered[], keep: number): string[] {
  const limit = Math.max(0, Math.floor(keep));
  return [...revisions]
    .sort(newestFirst)
    .slice(limit)
    .map((r) => r.id);
}

/**
 * The time for a new revision: the clock, but always after the newest existing one, so the
 * order of revisions is the order they were taken even within one millisecond.
 */
export function nextRevisionTime(now: number, newestExisting: number | undefined): number {
  return newestExisting === undefined || now > newestExisting ? now : newestExisting + 1;
}

export function makeRevision(
  id: string,
  issueId: string,
  snapshot: Issue,
  reason: RevisionReason,
  createdAt: number,
): Revision {
  return {
    id,
    issueId,
    createdAt,
    reason,
    title: summarizeIssue(snapshot).title,
    cardCount: countCards(snapshot),
    snapshot,
  };
}

export function revisionMeta(revision: Revision): RevisionMeta {
  const { id, issueId, createdAt, reason, title, cardCount } = revision;
  return { id, issueId, createdAt, reason, title, cardCount };
}
