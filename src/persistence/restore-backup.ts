// Merges a validated backup into a repository by id. New issues are added, identical ones left
// alone, and for an issue that differs the caller decides (usually by asking the editor): keep
// what is stored, replace it (a revision of the stored one is taken first, so the replace can be
// undone), or add the incoming one as a copy under a new id. Every decision is made first; then
// one batch writes everything, guarded by the revisions read, so a change made meanwhile in
// another tab makes the whole restore fail rather than be overwritten.

import type { Issue } from '../core/model/types';
import { newId } from '../core/model/new-id';
import type { BackupIssue } from './backup-format';
import type { BatchIssueWrite, IssueRepository, Revision, StoredIssue } from './issue-repository';
import type { RestorePlan } from './parse-backup';
import { makeRevision } from './revision-policy';
import { sameData } from './same-data';

export type ConflictChoice = 'keep' | 'replace' | 'copy';

export interface RestoreConflict {
  existing: StoredIssue;
  incoming: BackupIssue;
}

export interface RestoreOptions {
  onConflict: (conflict: RestoreConflict) => ConflictChoice | Promise<ConflictChoice>;
  now?: () => number;
  newId?: (prefix: string) => string;
}

export interface RestoreReport {
  added: string[];
  unchanged: string[];
  replaced: string[];
  kept: string[];
  /** Incoming issues stored as copies: the id in the file and the new id. */
  copied: { from: string; to: string }[];
  revisionsAdded: number;
}

interface Work {
  report: RestoreReport;
  writes: BatchIssueWrite[];
  revisions: Revision[];
  /** Issue ids of the file mapped to the ids their revisions are stored under. */
  revisionTarget: Map<string, string>;
  now: () => number;
  newId: (prefix: string) => string;
}

async function decide(
  repo: IssueRepository,
  entry: BackupIssue,
  options: RestoreOptions,
  work: Work,
) {
  const { issue } = entry;
  const existing = await repo.get(issue.id);
  if (existing === undefined) {
    work.writes.push({ ...entry, expectedRevision: 0 });
    work.report.added.push(issue.id);
  } else if (sameData(existing.issue, issue)) {
    work.report.unchanged.push(issue.id);
  } else {
    const choice = await options.onConflict({ existing, incoming: entry });
    applyChoice(choice, existing, entry, work);
  }
}

function applyChoice(
  choice: ConflictChoice,
  existing: StoredIssue,
  entry: BackupIssue,
  work: Work,
) {
  const id = entry.issue.id;
  if (choice === 'keep') {
    work.report.kept.push(id);
  } else if (choice === 'replace') {
    const before = makeRevision(
      work.newId('rev-'),
      id,
      existing.issue,
      'before-restore',
      work.now(),
    );
    work.revisions.push(before);
    work.writes.push({ ...entry, expectedRevision: existing.rev });
    work.report.replaced.push(id);
  } else {
    const copy: Issue = { ...entry.issue, id: work.newId('i') };
    work.writes.push({ issue: copy, archived: entry.archived, expectedRevision: 0 });
    work.revisionTarget.set(id, copy.id);
    work.report.copied.push({ from: id, to: copy.id });
  }
}

/** The file's revisions not stored yet; those of a copy move to the copy under new ids. */
async function incomingRevisions(repo: IssueRepository, plan: RestorePlan, work: Work) {
  const storedIds = new Map<string, Set<string>>();
  for (const revision of plan.revisions) {
    const target = work.revisionTarget.get(revision.issueId);
    if (target !== undefined) {
      work.revisions.push({
        ...revision,
        id: work.newId('rev-'),
        issueId: target,
        snapshot: { ...revision.snapshot, id: target },
      });
      continue;
    }
    if (!storedIds.has(revision.issueId)) {
      const metas = await repo.listRevisions(revision.issueId);
      storedIds.set(revision.issueId, new Set(metas.map((m) => m.id)));
    }
    if (!storedIds.get(revision.issueId)!.has(revision.id)) work.revisions.push(revision);
  }
}

export async function restoreBackup(
  repo: IssueRepository,
  plan: RestorePlan,
  options: RestoreOptions,
): Promise<RestoreReport> {
  const work: Work = {
    report: { added: [], unchanged: [], replaced: [], kept: [], copied: [], revisionsAdded: 0 },
    writes: [],
    revisions: [],
    revisionTarget: new Map(),
    now: options.now ?? Date.now,
    newId: options.newId ?? newId,
  };
  for (const entry of plan.issues) await decide(repo, entry, options, work);
  await incomingRevisions(repo, plan, work);
  if (work.writes.length > 0 || work.revisions.length > 0) {
    await repo.writeBatch({ issues: work.writes, revisions: work.revisions });
  }
  work.report.revisionsAdded = work.revisions.length;
  return work.report;
}
