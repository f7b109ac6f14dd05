// The persistence contract. The app talks to storage only through this interface; Dexie stays
// behind DexieIssueRepository, and MemoryIssueRepository honours the same contract for tests and
// for a browser where IndexedDB is unavailable. The contract suite in
// test/support/issue-repository-contract.ts runs against both.

import type { LinkIndex } from '../core/links/link-index';
import type { Issue, IssueStatus } from '../core/model/types';

/** Stops a subscription. */
export type Unsubscribe = () => void;

/** What the library list shows for a draft, read without loading the whole issue. */
export interface IssueSummary {
  id: string;
  title: string;
  slug: string;
  status: IssueStatus;
  /** When the status was set, and by whom: absent when not recorded (see Issue.statusSetBy). */
  statusChangedAt?: number;
  statusSetBy?: string;
  /** The front matter date as written (`2023-06-09T07:00:00Z`), or '' when there is none. */
  date: string;
  cardCount: number;
  updatedAt: number;
  archived: boolean;
  rev: number;
}

/** An issue as stored: the model plus the revision counter that guards against stale writes. */
export interface StoredIssue {
  issue: Issue;
  /** Incremented by every put; 0 means "not stored yet" when used as an expected revision. */
  rev: number;
  archived: boolean;
}

/** Why a revision was taken; the revision list shows it. */
export type RevisionReason =
  | 'opened'
  | 'periodic'
  | 'before-import'
  | 'before-restore'
  | 'before-overwrite'
  | 'manual'
  | 'took-over'
  | 'exported'
  | 'shared';

/** A revision as listed: enough to show times and a label without loading the snapshot. */
export interface RevisionMeta {
  id: string;
  issueId: string;
  createdAt: number;
  reason: RevisionReason;
  title: string;
  cardCount: number;
  /** A name the editor gave it ("Sent to Anna"); a named revision is never pruned. */
  name?: string;
}

export interface Revision extends RevisionMeta {
  snapshot: Issue;
}

/** A user template; its shape belongs to the template layer, so it is stored as opaque data. */
export interface TemplateRecord {
  id: string;
  name: string;
  data: unknown;
  updatedAt: number;
}

/**
 * A saved folder (a site repository checkout) the export can write into. `handle` is a
 * FileSystemDirectoryHandle in a browser, which IndexedDB stores by structured clone.
 */
export interface FolderHandleRecord {
  id: string;
  name: string;
  handle: unknown;
  savedAt: number;
}

/** An issue to write as part of a batch, optionally guarded by the revision it was read at. */
export interface BatchIssueWrite {
  issue: Issue;
  archived: boolean;
  expectedRevision?: number;
}

/** Writes that must land together or not at all (restore from a backup). */
export interface WriteBatch {
  issues: BatchIssueWrite[];
  revisions: Revision[];
}

export interface IssueStore {
  /** Every stored issue, newest `updatedAt` first, archived ones included and flagged. */
  listSummaries(): Promise<IssueSummary[]>;
  get(id: string): Promise<StoredIssue | undefined>;
  /**
   * Stores the issue and returns its new revision counter. With `expectedRevision`, rejects with
   * a ConflictError unless the stored counter equals it (0 when the issue is not stored yet).
   */
  put(issue: Issue, expectedRevision?: number): Promise<number>;
  /** Flags an issue as archived or not; does not change its revision counter. */
  setArchived(id: string, archived: boolean): Promise<void>;
  /** Removes the issue and its revisions; resolves also when there was nothing to delete. */
  delete(id: string, expectedRevision?: number): Promise<void>;
  /** Calls the listener with the current summaries, then again after every change. */
  subscribeSummaries(
    listener: (summaries: IssueSummary[]) => void,
    onError?: (error: unknown) => void,
  ): Unsubscribe;
  /** Follows one issue (another tab's writes included); `undefined` once it is deleted. */
  subscribeIssue(
    id: string,
    listener: (stored: StoredIssue | undefined) => void,
    onError?: (error: unknown) => void,
  ): Unsubscribe;
  /** Applies every write in one transaction; nothing is written if any write fails. */
  writeBatch(batch: WriteBatch): Promise<void>;
  /**
   * Where each of `urls` occurs in the stored issues (drafts and archived), by normalized URL:
   * card URLs, links in bullets and in prose. Answered from the link index, which every write
   * and delete keeps current, never by reading the issues.
   */
  findLinks(urls: readonly string[]): Promise<LinkIndex>;
}

export interface RevisionStore {
  /** Stores a snapshot, then prunes beyond the cap (see selectRevisionsToPrune); returns it. */
  addRevision(issueId: string, snapshot: Issue, reason: RevisionReason): Promise<RevisionMeta>;
  /** The issue's revisions, newest first. */
  listRevisions(issueId: string): Promise<RevisionMeta[]>;
  getRevision(revisionId: string): Promise<Revision | undefined>;
  /**
   * Keeps every named revision and `keep` of the others (the cap when omitted), thinned as
   * selectRevisionsToPrune says; returns how many went.
   */
  pruneRevisions(issueId: string, keep?: number): Promise<number>;
  /** Names a revision, or takes its name away with ''; false when there is no such revision. */
  nameRevision(revisionId: string, name: string): Promise<boolean>;
}

export interface SettingsStore {
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: unknown): Promise<void>;
  deleteSetting(key: string): Promise<void>;
}

export interface TemplateStore {
  listTemplates(): Promise<TemplateRecord[]>;
  putTemplate(template: TemplateRecord): Promise<void>;
  deleteTemplate(id: string): Promise<void>;
}

export interface FolderHandleStore {
  listFolderHandles(): Promise<FolderHandleRecord[]>;
  getFolderHandle(id: string): Promise<FolderHandleRecord | undefined>;
  putFolderHandle(record: FolderHandleRecord): Promise<void>;
  deleteFolderHandle(id: string): Promise<void>;
}

export interface IssueRepository
  extends IssueStore, RevisionStore, SettingsStore, TemplateStore, FolderHandleStore {
  /** The most revisions kept per issue. */
  readonly revisionCap: number;
  /** Releases the connection; the repository is unusable afterwards. */
  close(): void;
}

/** Options both implementations take. */
export interface RepositoryOptions {
  /** Revisions kept per issue (default 50). */
  revisionCap?: number;
  /** The clock for revision times; tests pass a fake one. */
  now?: () => number;
}

export const DEFAULT_REVISION_CAP = 50;
