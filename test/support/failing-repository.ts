// A repository that fails on demand, wrapped around a real one: for the tests of the storage
// trouble path (banner, edits kept in memory, "Download backup") in every layer above.

import type { LinkIndex } from '../../src/core/links/link-index';
import type { Issue } from '../../src/core/model/types';
import type {
  FolderHandleRecord,
  IssueRepository,
  IssueSummary,
  Revision,
  RevisionMeta,
  RevisionReason,
  StoredIssue,
  TemplateRecord,
  Unsubscribe,
  WriteBatch,
} from '../../src/persistence/issue-repository';
import { simulatedQuotaError } from './simulated-storage-errors';

/** Which calls fail: the writes (the usual case: a full disk still reads), the reads, or all. */
export type FailureScope = 'writes' | 'reads' | 'all';

export interface FailureOptions {
  scope?: FailureScope;
  /** Fail this many calls, then work again; every call until heal() when omitted. */
  times?: number;
}

interface Failure {
  make: () => unknown;
  scope: FailureScope;
  remaining: number;
}

export class FailingRepository implements IssueRepository {
  /** How many calls have been failed so far. */
  failedCalls = 0;
  private failure: Failure | undefined;

  constructor(private readonly inner: IssueRepository) {}

  get revisionCap(): number {
    return this.inner.revisionCap;
  }

  /** From now on, calls in `scope` reject with a fresh error from `make` (a quota error by default). */
  failWith(make: () => unknown = simulatedQuotaError, options: FailureOptions = {}): void {
    this.failure = { make, scope: options.scope ?? 'writes', remaining: options.times ?? Infinity };
  }

  heal(): void {
    this.failure = undefined;
  }

  listSummaries = (): Promise<IssueSummary[]> => this.read(() => this.inner.listSummaries());
  get = (id: string): Promise<StoredIssue | undefined> => this.read(() => this.inner.get(id));
  put = (issue: Issue, expectedRevision?: number): Promise<number> =>
    this.write(() => this.inner.put(issue, expectedRevision));
  setArchived = (id: string, archived: boolean): Promise<void> =>
    this.write(() => this.inner.setArchived(id, archived));
  delete = (id: string, expectedRevision?: number): Promise<void> =>
    this.write(() => this.inner.delete(id, expectedRevision));
  writeBatch = (batch: WriteBatch): Promise<void> => this.write(() => this.inner.writeBatch(batch));
  findLinks = (urls: readonly string[]): Promise<LinkIndex> =>
    this.read(() => this.inner.findLinks(urls));

  /** Live queries pass through: they report what is stored, which a failing write leaves as it was. */
  subscribeSummaries(
    listener: (summaries: IssueSummary[]) => void,
    onError?: (error: unknown) => void,
  ): Unsubscribe {
    return this.inner.subscribeSummaries(listener, onError);
  }

  subscribeIssue(
    id: string,
    listener: (stored: StoredIssue | undefined) => void,
    onError?: (error: unknown) => void,
  ): Unsubscribe {
    return this.inner.subscribeIssue(id, listener, onError);
  }

  addRevision = (issueId: string, snapshot: Issue, reason: RevisionReason): Promise<RevisionMeta> =>
    this.write(() => this.inner.addRevision(issueId, snapshot, reason));
  listRevisions = (issueId: string): Promise<RevisionMeta[]> =>
    this.read(() => this.inner.listRevisions(issueId));
  getRevision = (revisionId: string): Promise<Revision | undefined> =>
    this.read(() => this.inner.getRevision(revisionId));
  pruneRevisions = (issueId: string, keep?: number): Promise<number> =>
    this.write(() => this.inner.pruneRevisions(issueId, keep));
  nameRevision = (revisionId: string, name: string): Promise<boolean> =>
    this.write(() => this.inner.nameRevision(revisionId, name));

  getSetting = (key: string): Promise<unknown> => this.read(() => this.inner.getSetting(key));
  setSetting = (key: string, value: unknown): Promise<void> =>
    this.write(() => this.inner.setSetting(key, value));
  deleteSetting = (key: string): Promise<void> => this.write(() => this.inner.deleteSetting(key));

  listTemplates = (): Promise<TemplateRecord[]> => this.read(() => this.inner.listTemplates());
  putTemplate = (template: TemplateRecord): Promise<void> =>
    this.write(() => this.inner.putTemplate(template));
  deleteTemplate = (id: string): Promise<void> => this.write(() => this.inner.deleteTemplate(id));

  listFolderHandles = (): Promise<FolderHandleRecord[]> =>
    this.read(() => this.inner.listFolderHandles());
  getFolderHandle = (id: string): Promise<FolderHandleRecord | undefined> =>
    this.read(() => this.inner.getFolderHandle(id));
  putFolderHandle = (record: FolderHandleRecord): Promise<void> =>
    this.write(() => this.inner.putFolderHandle(record));
  deleteFolderHandle = (id: string): Promise<void> =>
    this.write(() => this.inner.deleteFolderHandle(id));

  close(): void {
    this.inner.close();
  }

  private read<T>(call: () => Promise<T>): Promise<T> {
    return this.call('reads', call);
  }

  private write<T>(call: () => Promise<T>): Promise<T> {
    return this.call('writes', call);
  }

  private async call<T>(kind: 'reads' | 'writes', call: () => Promise<T>): Promise<T> {
    const failure = this.failure;
    if (failure !== undefined && (failure.scope === 'all' || failure.scope === kind)) {
      failure.remaining -= 1;
      if (failure.remaining <= 0) this.failure = undefined;
      this.failedCalls += 1;
      throw failure.make();
    }
    return call();
  }
}
