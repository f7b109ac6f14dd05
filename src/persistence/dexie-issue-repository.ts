// The repository over IndexedDB through Dexie. Each write is one transaction; a guarded put reads
// the stored counter and writes inside the same transaction, so two tabs can never both win. An
// issue is stored in parts, and a put writes only the parts that changed since this repository's
// last write of it (issue-parts.ts, part-cache.ts), which keeps autosave of a big issue cheap; a
// batch stores the issues it writes archived whole instead (dexie-whole-issues.ts).
// Live lists come from Dexie's liveQuery, which also sees other tabs' writes (it needs a global
// indexedDB, as every browser has; under Node, tests install fake-indexeddb/auto). A guarded write
// that finds its issue gone says whether the site's data was cleared (database-generations.ts).

import { Dexie, liveQuery } from 'dexie';
import type { Issue } from '../core/model/types';
import { newId } from '../core/model/new-id';
import { BroadsheetDatabase, type DatabaseOptions } from './broadsheet-database';
import { checkExpectedRevision } from './conflict-error';
import { DatabaseGenerations } from './database-generations';
import { allParts, readIssue, removeIssue, storedChanges, writeIssue } from './dexie-issue-parts';
import { splitRevision, toRevision, toSummary } from './dexie-issue-rows';
import { DexieSimpleStores } from './dexie-simple-stores';
import { summaryRowsNewestFirst } from './summary-rows-newest-first';
import {
  DEFAULT_REVISION_CAP,
  type FolderHandleRecord,
  type IssueRepository,
  type IssueSummary,
  type RepositoryOptions,
  type Revision,
  type RevisionMeta,
  type RevisionReason,
  type StoredIssue,
  type TemplateRecord,
  type Unsubscribe,
  type WriteBatch,
} from './issue-repository';
import {
  cleanRevisionName,
  makeRevision,
  nextRevisionTime,
  revisionMeta,
  selectRevisionsToPrune,
} from './revision-policy';
import { splitIssue } from './issue-parts';
import { PartCache, planHolds, type PartPlan } from './part-cache';
import { pageTurn } from './page-turn';
import { admitInSlices } from './admit-in-slices';
import { findLinksIn } from './dexie-find-links';
import { removeWorkspaceRows, workspaceTables } from './dexie-workspace-rows';
import { writeWholeIssues } from './dexie-whole-issues';
import type { LinkIndex } from '../core/links/link-index';
import { admitIssue } from '../core/model/schema/admit-issue';
import { admitIssueParts } from '../core/model/schema/admit-issue-parts';

export interface DexieRepositoryOptions extends RepositoryOptions, DatabaseOptions {
  /** The database name (default "broadsheet"); tests give each case its own. */
  name?: string;
}

/** Whether a block is one the plan writes (new or changed since the last write). */
function changedIn(plan: PartPlan): (block: unknown) => boolean {
  const written = new Set<unknown>(plan.changes.write.map((part) => part.block));
  return (block) => written.has(block);
}

export class DexieIssueRepository implements IssueRepository {
  readonly revisionCap: number;
  readonly db: BroadsheetDatabase;
  private readonly now: () => number;
  private readonly simple: DexieSimpleStores;
  private readonly written = new PartCache();
  private readonly generations: DatabaseGenerations;

  constructor(options: DexieRepositoryOptions = {}) {
    this.db = new BroadsheetDatabase(options.name, options);
    this.generations = new DatabaseGenerations(this.db);
    this.revisionCap = options.revisionCap ?? DEFAULT_REVISION_CAP;
    this.now = options.now ?? Date.now;
    this.simple = new DexieSimpleStores(this.db);
  }

  async listSummaries(): Promise<IssueSummary[]> {
    return (await summaryRowsNewestFirst(this.db.issues)).map(toSummary);
  }

  async get(id: string): Promise<StoredIssue | undefined> {
    const { issues, issueHeads, issueBlocks, wholeIssues } = this.db;
    const tables = [issues, issueHeads, issueBlocks, wholeIssues];
    const stored = await this.db.transaction('r', tables, () => readIssue(this.db, id));
    if (stored !== undefined) this.generations.seen(id);
    return stored;
  }

  async put(issue: Issue, expectedRevision?: number): Promise<number> {
    const split = splitIssue(issue);
    // What changed since this repository's last write is found before the transaction, a slice
    // at a time, and only that is validated with the head; the database work then starts in a
    // task of its own (page-turn.ts), so a big issue's save never holds up a key press long.
    const plan = await this.written.plan(issue.id, split.parts);
    if (plan === undefined) admitIssue(issue);
    else admitIssueParts(issue, changedIn(plan));
    await pageTurn();
    const stamp = newId('w');
    const done = await this.db.transaction('rw', this.issueTables(), async () => {
      const row = await this.db.issues.get(issue.id);
      checkExpectedRevision(issue.id, expectedRevision, row?.rev ?? 0, () =>
        this.generations.goneReason(issue.id),
      );
      // A row stored whole carries no stamp, so the cache never vouches for it. When another
      // write came between, the stored rows decide what is written: then all of it is checked.
      const holds = row !== undefined && planHolds(plan, row.rev, row.stamp);
      if (!holds && plan !== undefined) admitIssue(issue);
      const known = holds ? plan : undefined;
      const { changes, basis } = known ?? (await storedChanges(this.db, issue.id, split.parts));
      const rev = (row?.rev ?? 0) + 1;
      const archived = row?.archived === 1;
      const fromWhole = row?.whole === 1;
      await writeIssue(this.db, { issue, split, rev, archived, changes, stamp, fromWhole });
      return { rev, written: changes.write, basis };
    });
    this.written.remember(issue.id, done.rev, stamp, split.parts, done.written, done.basis);
    this.generations.seen(issue.id);
    return done.rev;
  }

  async setArchived(id: string, archived: boolean): Promise<void> {
    await this.db.issues.update(id, { archived: archived ? 1 : 0 });
  }

  /** Deletes the draft, its revisions and, for a workspace draft, its offline copy's rows. */
  async delete(id: string, expectedRevision?: number): Promise<void> {
    const { issues, revisions, snapshots } = this.db;
    const workspace = workspaceTables(this.db);
    const tables = [...this.issueTables(), revisions, snapshots, ...workspace];
    await this.db.transaction('rw', tables, async () => {
      const row = await issues.get(id);
      checkExpectedRevision(id, expectedRevision, row?.rev ?? 0);
      const revisionIds = await revisions.where('issueId').equals(id).primaryKeys();
      await removeIssue(this.db, id);
      await revisions.bulkDelete(revisionIds);
      await snapshots.bulkDelete(revisionIds);
      await removeWorkspaceRows(workspace, id);
    });
    this.written.forget(id);
  }

  findLinks(urls: readonly string[]): Promise<LinkIndex> {
    return findLinksIn(this.db, urls);
  }

  subscribeSummaries(
    listener: (summaries: IssueSummary[]) => void,
    onError?: (error: unknown) => void,
  ): Unsubscribe {
    const subscription = liveQuery(() => this.listSummaries()).subscribe({
      next: listener,
      error: (error: unknown) => onError?.(error),
    });
    return () => subscription.unsubscribe();
  }

  subscribeIssue(
    id: string,
    listener: (stored: StoredIssue | undefined) => void,
    onError?: (error: unknown) => void,
  ): Unsubscribe {
    const subscription = liveQuery(() => this.get(id)).subscribe({
      next: listener,
      error: (error: unknown) => onError?.(error),
    });
    return () => subscription.unsubscribe();
  }

  async writeBatch(batch: WriteBatch): Promise<void> {
    for (const write of batch.issues) admitIssue(write.issue);
    for (const revision of batch.revisions) admitIssue(revision.snapshot);
    const { issues, revisions, snapshots } = this.db;
    const tables = [...this.issueTables(), revisions, snapshots];
    for (const write of batch.issues) this.written.forget(write.issue.id);
    await this.db.transaction('rw', tables, async () => {
      const rows = await issues.bulkGet(batch.issues.map((w) => w.issue.id));
      const writes = batch.issues.map((write, i) => {
        checkExpectedRevision(write.issue.id, write.expectedRevision, rows[i]?.rev ?? 0);
        return { ...write, rev: (rows[i]?.rev ?? 0) + 1, stored: rows[i] };
      });
      await writeWholeIssues(
        this.db,
        writes.filter((write) => write.archived),
      );
      for (const { issue, rev, stored } of writes.filter((write) => !write.archived)) {
        const split = splitIssue(issue);
        const changes = await allParts(this.db, issue.id, split.parts);
        const fromWhole = stored?.whole === 1;
        await writeIssue(this.db, { issue, split, rev, archived: false, changes, fromWhole });
      }
      const split = batch.revisions.map(splitRevision);
      await revisions.bulkPut(split.map(([meta]) => meta));
      await snapshots.bulkPut(split.map(([, snapshot]) => snapshot));
      for (const issueId of new Set(batch.revisions.map((r) => r.issueId))) {
        await this.pruneInTransaction(issueId, this.revisionCap);
      }
    });
  }

  async addRevision(
    issueId: string,
    snapshot: Issue,
    reason: RevisionReason,
  ): Promise<RevisionMeta> {
    // The whole issue is checked, a slice at a time (the version as opened is kept at the first
    // keystroke), before the transaction.
    await admitInSlices(snapshot);
    const { revisions, snapshots } = this.db;
    return this.db.transaction('rw', revisions, snapshots, async () => {
      const newest = await this.revisionRange(issueId).last();
      const createdAt = nextRevisionTime(this.now(), newest?.createdAt);
      const revision = makeRevision(newId('rev-'), issueId, snapshot, reason, createdAt);
      const [meta, snapshotRow] = splitRevision(revision);
      await revisions.add(meta);
      await snapshots.add(snapshotRow);
      await this.pruneInTransaction(issueId, this.revisionCap);
      return revisionMeta(revision);
    });
  }

  async listRevisions(issueId: string): Promise<RevisionMeta[]> {
    return this.revisionRange(issueId).reverse().toArray();
  }

  async getRevision(revisionId: string): Promise<Revision | undefined> {
    const { revisions, snapshots } = this.db;
    return this.db.transaction('r', revisions, snapshots, async () =>
      toRevision(await revisions.get(revisionId), await snapshots.get(revisionId)),
    );
  }

  async pruneRevisions(issueId: string, keep = this.revisionCap): Promise<number> {
    const { revisions, snapshots } = this.db;
    return this.db.transaction('rw', revisions, snapshots, () =>
      this.pruneInTransaction(issueId, keep),
    );
  }

  async nameRevision(revisionId: string, name: string): Promise<boolean> {
    const { revisions, snapshots } = this.db;
    const cleaned = cleanRevisionName(name);
    return this.db.transaction('rw', revisions, snapshots, async () => {
      const row = await revisions.get(revisionId);
      if (row === undefined) return false;
      const { name: _old, ...rest } = row;
      await revisions.put(cleaned ? { ...rest, name: cleaned } : rest);
      await this.pruneInTransaction(row.issueId, this.revisionCap);
      return true;
    });
  }

  getSetting(key: string): Promise<unknown> {
    return this.simple.getSetting(key);
  }

  setSetting(key: string, value: unknown): Promise<void> {
    return this.simple.setSetting(key, value);
  }

  deleteSetting(key: string): Promise<void> {
    return this.simple.deleteSetting(key);
  }

  listTemplates(): Promise<TemplateRecord[]> {
    return this.simple.listTemplates();
  }

  putTemplate(template: TemplateRecord): Promise<void> {
    return this.simple.putTemplate(template);
  }

  deleteTemplate(id: string): Promise<void> {
    return this.simple.deleteTemplate(id);
  }

  listFolderHandles(): Promise<FolderHandleRecord[]> {
    return this.simple.listFolderHandles();
  }

  getFolderHandle(id: string): Promise<FolderHandleRecord | undefined> {
    return this.simple.getFolderHandle(id);
  }

  putFolderHandle(record: FolderHandleRecord): Promise<void> {
    return this.simple.putFolderHandle(record);
  }

  deleteFolderHandle(id: string): Promise<void> {
    return this.simple.deleteFolderHandle(id);
  }

  close(): void {
    this.db.close();
  }

  /** Every table an issue's rows are in, in parts or whole. */
  private issueTables() {
    const { issues, issueHeads, issueBlocks, links, wholeIssues, issueLinkParts } = this.db;
    return [issues, issueHeads, issueBlocks, links, wholeIssues, issueLinkParts];
  }

  /** The issue's revision metas in [issueId+createdAt] order: oldest first. */
  private revisionRange(issueId: string) {
    return this.db.revisions
      .where('[issueId+createdAt]')
      .between([issueId, Dexie.minKey], [issueId, Dexie.maxKey]);
  }

  /** Prunes with the shared policy, reading only the metas (never the snapshots). */
  private async pruneInTransaction(issueId: string, keep: number): Promise<number> {
    const doomed = selectRevisionsToPrune(await this.revisionRange(issueId).toArray(), keep);
    await this.db.revisions.bulkDelete(doomed);
    await this.db.snapshots.bulkDelete(doomed);
    return doomed.length;
  }
}
