// The repository contract kept in memory: for tests, and as the fallback when IndexedDB cannot
// be opened (the app then warns that nothing survives a reload). Values are cloned on the way in
// and out, as IndexedDB does, so callers can never mutate what is stored.

import type { Issue } from '../core/model/types';
import { checkExpectedRevision } from './conflict-error';
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
import { summarizeIssue } from './issue-summary-fields';
import { MemoryWorkspaceStore } from './memory-workspace-store';
import { ListenerSet } from './listener-set';
import { newId } from '../core/model/new-id';
import {
  cleanRevisionName,
  makeRevision,
  newestFirst,
  nextRevisionTime,
  revisionMeta,
  selectRevisionsToPrune,
} from './revision-policy';
import { admitIssue } from '../core/model/schema/admit-issue';
import { byName } from './by-name';
import { MemoryLinkIndex } from './memory-link-index';
import type { LinkIndex } from '../core/links/link-index';

export class MemoryIssueRepository implements IssueRepository {
  readonly revisionCap: number;
  private readonly now: () => number;
  private readonly issues = new Map<string, StoredIssue>();
  private readonly revisions = new Map<string, Revision>();
  private readonly settings = new Map<string, unknown>();
  private readonly templates = new Map<string, TemplateRecord>();
  private readonly folderHandles = new Map<string, FolderHandleRecord>();
  private readonly listeners = new ListenerSet();
  private readonly links = new MemoryLinkIndex();
  private closed = false;
  /** The workspace copies beside these drafts (workspace-store-for.ts), deleted with them. */
  readonly workspaceStore = new MemoryWorkspaceStore();

  constructor(options: RepositoryOptions = {}) {
    this.revisionCap = options.revisionCap ?? DEFAULT_REVISION_CAP;
    this.now = options.now ?? Date.now;
  }

  async listSummaries(): Promise<IssueSummary[]> {
    this.assertOpen();
    return [...this.issues.values()]
      .map(({ issue, rev, archived }) => ({
        id: issue.id,
        ...summarizeIssue(issue),
        rev,
        archived,
      }))
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  async get(id: string): Promise<StoredIssue | undefined> {
    this.assertOpen();
    const stored = this.issues.get(id);
    return stored === undefined ? undefined : structuredClone(stored);
  }

  async put(issue: Issue, expectedRevision?: number): Promise<number> {
    this.assertOpen();
    admitIssue(issue);
    const stored = this.issues.get(issue.id);
    checkExpectedRevision(issue.id, expectedRevision, stored?.rev ?? 0);
    const rev = (stored?.rev ?? 0) + 1;
    this.issues.set(issue.id, {
      issue: structuredClone(issue),
      rev,
      archived: stored?.archived ?? false,
    });
    this.links.set(issue);
    this.listeners.notify();
    return rev;
  }

  async setArchived(id: string, archived: boolean): Promise<void> {
    this.assertOpen();
    const stored = this.issues.get(id);
    if (stored === undefined) return;
    this.issues.set(id, { ...stored, archived });
    this.listeners.notify();
  }

  async delete(id: string, expectedRevision?: number): Promise<void> {
    this.assertOpen();
    const stored = this.issues.get(id);
    checkExpectedRevision(id, expectedRevision, stored?.rev ?? 0);
    this.issues.delete(id);
    this.links.remove(id);
    for (const revision of this.revisionsOf(id)) this.revisions.delete(revision.id);
    await this.workspaceStore.removeLink(id);
    this.listeners.notify();
  }

  subscribeSummaries(
    listener: (summaries: IssueSummary[]) => void,
    onError?: (error: unknown) => void,
  ): Unsubscribe {
    return this.listeners.add(() => void this.listSummaries().then(listener, onError));
  }

  subscribeIssue(
    id: string,
    listener: (stored: StoredIssue | undefined) => void,
    onError?: (error: unknown) => void,
  ): Unsubscribe {
    return this.listeners.add(() => void this.get(id).then(listener, onError));
  }

  async writeBatch(batch: WriteBatch): Promise<void> {
    this.assertOpen();
    for (const write of batch.issues) {
      admitIssue(write.issue);
      checkExpectedRevision(
        write.issue.id,
        write.expectedRevision,
        this.issues.get(write.issue.id)?.rev ?? 0,
      );
    }
    for (const revision of batch.revisions) admitIssue(revision.snapshot);
    for (const { issue, archived } of batch.issues) {
      const rev = (this.issues.get(issue.id)?.rev ?? 0) + 1;
      this.issues.set(issue.id, { issue: structuredClone(issue), rev, archived });
      this.links.set(issue);
    }
    for (const revision of batch.revisions)
      this.revisions.set(revision.id, structuredClone(revision));
    for (const issueId of new Set(batch.revisions.map((r) => r.issueId)))
      this.prune(issueId, this.revisionCap);
    this.listeners.notify();
  }

  async findLinks(urls: readonly string[]): Promise<LinkIndex> {
    this.assertOpen();
    return this.links.find(urls);
  }

  async addRevision(
    issueId: string,
    snapshot: Issue,
    reason: RevisionReason,
  ): Promise<RevisionMeta> {
    this.assertOpen();
    admitIssue(snapshot);
    const newest = this.revisionsOf(issueId).sort(newestFirst)[0];
    const createdAt = nextRevisionTime(this.now(), newest?.createdAt);
    const revision = makeRevision(
      newId('rev-'),
      issueId,
      structuredClone(snapshot),
      reason,
      createdAt,
    );
    this.revisions.set(revision.id, revision);
    this.prune(issueId, this.revisionCap);
    return revisionMeta(revision);
  }

  async listRevisions(issueId: string): Promise<RevisionMeta[]> {
    this.assertOpen();
    return this.revisionsOf(issueId).sort(newestFirst).map(revisionMeta);
  }

  async getRevision(revisionId: string): Promise<Revision | undefined> {
    this.assertOpen();
    const revision = this.revisions.get(revisionId);
    return revision === undefined ? undefined : structuredClone(revision);
  }

  async pruneRevisions(issueId: string, keep = this.revisionCap): Promise<number> {
    this.assertOpen();
    return this.prune(issueId, keep);
  }

  async nameRevision(revisionId: string, name: string): Promise<boolean> {
    this.assertOpen();
    const revision = this.revisions.get(revisionId);
    if (revision === undefined) return false;
    const { name: _old, ...rest } = revision;
    const cleaned = cleanRevisionName(name);
    this.revisions.set(revisionId, cleaned ? { ...rest, name: cleaned } : rest);
    this.prune(revision.issueId, this.revisionCap);
    return true;
  }

  async getSetting(key: string): Promise<unknown> {
    this.assertOpen();
    return structuredClone(this.settings.get(key));
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.assertOpen();
    this.settings.set(key, structuredClone(value));
  }

  async deleteSetting(key: string): Promise<void> {
    this.assertOpen();
    this.settings.delete(key);
  }

  async listTemplates(): Promise<TemplateRecord[]> {
    this.assertOpen();
    return [...this.templates.values()].sort(byName).map((t) => structuredClone(t));
  }

  async putTemplate(template: TemplateRecord): Promise<void> {
    this.assertOpen();
    this.templates.set(template.id, structuredClone(template));
  }

  async deleteTemplate(id: string): Promise<void> {
    this.assertOpen();
    this.templates.delete(id);
  }

  async listFolderHandles(): Promise<FolderHandleRecord[]> {
    this.assertOpen();
    return [...this.folderHandles.values()].sort(byName).map((r) => ({ ...r }));
  }

  async getFolderHandle(id: string): Promise<FolderHandleRecord | undefined> {
    this.assertOpen();
    const record = this.folderHandles.get(id);
    return record === undefined ? undefined : { ...record };
  }

  /** Handles are kept by reference: a browser handle is only meaningful as the object it is. */
  async putFolderHandle(record: FolderHandleRecord): Promise<void> {
    this.assertOpen();
    this.folderHandles.set(record.id, { ...record });
  }

  async deleteFolderHandle(id: string): Promise<void> {
    this.assertOpen();
    this.folderHandles.delete(id);
  }

  close(): void {
    this.closed = true;
    this.listeners.clear();
  }

  private revisionsOf(issueId: string): Revision[] {
    return [...this.revisions.values()].filter((r) => r.issueId === issueId);
  }

  private prune(issueId: string, keep: number): number {
    const doomed = selectRevisionsToPrune(this.revisionsOf(issueId), keep);
    for (const id of doomed) this.revisions.delete(id);
    return doomed.length;
  }

  private assertOpen(): void {
    if (this.closed) {
      const error = new Error('The in-memory repository is closed');
      error.name = 'DatabaseClosedError';
      throw error;
    }
  }
}
