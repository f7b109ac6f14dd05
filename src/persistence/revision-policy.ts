// Pure rules for revisions, shared by both repositories: how they are ordered, which ones the
// retention rule prunes, how a name is stored, and the time a new one gets.

import type { Issue } from '../core/model/types';
import type { Revision, RevisionMeta, RevisionReason } from './issue-repository';
import { countCards, summarizeIssue } from './issue-summary-fields';

type Ordered = Pick<RevisionMeta, 'id' | 'createdAt'>;

/** Newest first; equal times (possible only across backups) fall back to the id. */
export function newestFirst(a: Ordered, b: Ordered): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

type Prunable = Ordered & Pick<RevisionMeta, 'name'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The longest name a revision keeps; a longer one is cut. */
export const REVISION_NAME_MAX = 80;

/**
 * The retention rule: a named revision is always kept (the editor chose it). Of the unnamed,
 * newest first, the newest half of `keep` (rounded up) are kept as they are; the older ones are
 * thinned to one a day (UTC), the newest of that day, so last week's history stays as a version a
 * day rather than being cut off; past `keep` unnamed ones in all, the oldest go. Returns the ids
 * to delete.
 */
export function selectRevisionsToPrune(revisions: readonly Prunable[], keep: number): string[] {
  const limit = Math.max(0, Math.floor(keep));
  const recent = Math.ceil(limit / 2);
  const unnamed = revisions.filter((r) => !r.name).sort(newestFirst);
  const days = new Set<number>();
  const kept: Prunable[] = [];
  const doomed: string[] = [];
  unnamed.forEach((revision, index) => {
    const day = Math.floor(revision.createdAt / DAY_MS);
    const older = index >= recent;
    const thinnedAway = older && days.has(day);
    if (older) days.add(day);
    if (thinnedAway || kept.length >= limit) doomed.push(revision.id);
    else kept.push(revision);
  });
  return doomed;
}

/** A name as stored: trimmed, on one line, at most REVISION_NAME_MAX characters. */
export function cleanRevisionName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, REVISION_NAME_MAX).trim();
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
  const { id, issueId, createdAt, reason, title, cardCount, name } = revision;
  return { id, issueId, createdAt, reason, title, cardCount, ...(name ? { name } : {}) };
}
