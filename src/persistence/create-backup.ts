// Reads every draft (and optionally every revision) from a repository into a backup file.

import type { Issue } from '../core/model/types';
import { serializeBackup, type BackupIssue } from './backup-format';
import type { IssueRepository, Revision } from './issue-repository';

export interface CreateBackupOptions {
  includeRevisions?: boolean;
  /**
   * Issues held in memory that are newer than what is stored (edits a failing disk refused):
   * they replace the stored issue of the same id, or are added when it has none.
   */
  unsaved?: Issue[];
  now?: number;
}

async function storedIssues(repo: IssueRepository): Promise<BackupIssue[]> {
  const issues: BackupIssue[] = [];
  for (const summary of await repo.listSummaries()) {
    const stored = await repo.get(summary.id);
    if (stored !== undefined) issues.push({ issue: stored.issue, archived: stored.archived });
  }
  return issues;
}

async function storedRevisions(repo: IssueRepository, issueIds: string[]): Promise<Revision[]> {
  const revisions: Revision[] = [];
  for (const issueId of issueIds) {
    for (const meta of await repo.listRevisions(issueId)) {
      const revision = await repo.getRevision(meta.id);
      if (revision !== undefined) revisions.push(revision);
    }
  }
  return revisions;
}

function withUnsaved(issues: BackupIssue[], unsaved: Issue[]): BackupIssue[] {
  const byId = new Map(issues.map((entry) => [entry.issue.id, entry]));
  for (const issue of unsaved)
    byId.set(issue.id, { issue, archived: byId.get(issue.id)?.archived ?? false });
  return [...byId.values()];
}

export async function createBackup(
  repo: IssueRepository,
  options: CreateBackupOptions = {},
): Promise<string> {
  const issues = withUnsaved(await storedIssues(repo), options.unsaved ?? []);
  const revisions = options.includeRevisions
    ? await storedRevisions(
        repo,
        issues.map((entry) => entry.issue.id),
      )
    : undefined;
  return serializeBackup(issues, revisions, options.now ?? Date.now());
}
