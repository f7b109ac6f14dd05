import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyStorageError, goneReason } from './classify-storage-error';
import { ConflictError, IssueGoneError } from './conflict-error';
import { DexieIssueRepository } from './dexie-issue-repository';
import { buildTestIssue } from '../../test/support/test-issue';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyStorageError', () => {
  it.each([
    ['a QuotaExceededError DOMException', quota(), 'quota'],
    ["Dexie's own QuotaExceededError", new Dexie.QuotaExceededError('full', quota()), 'quota'],
    [
      'an AbortError with the quota error as its inner',
      new Dexie.AbortError('aborted', quota()),
      'quota',
    ],
    [
      'an error with the quota error as its cause',
      new Error('save failed', { cause: quota() }),
      'quota',
    ],
    [
      "Firefox's legacy name",
      Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
      'quota',
    ],
    [
      'a bulk write with a quota failure',
      new Dexie.BulkError('1 of 2 failed', { 1: quota() }),
      'quota',
    ],
    ['a ConflictError', new ConflictError('issue-1', 1, 2), 'conflict'],
    ['an IssueGoneError', new IssueGoneError('issue-1', 3, 'deleted'), 'gone'],
    [
      'an IssueGoneError inside an AbortError',
      new Dexie.AbortError('aborted', new IssueGoneError('issue-1', 3, 'storage-cleared')),
      'gone',
    ],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), 'unavailable'],
    ['a missing IndexedDB', new Dexie.MissingAPIError('no indexedDB'), 'unavailable'],
    [
      'an InvalidStateError DOMException',
      new DOMException('gone', 'InvalidStateError'),
      'unavailable',
    ],
    ['an AbortError with nothing inside', new Dexie.AbortError('aborted'), 'unknown'],
    ['a plain error', new Error('boom'), 'unknown'],
    ['a string', 'boom', 'unknown'],
    ['undefined', undefined, 'unknown'],
  ])('sees %s as %s', (_label, error, kind) => {
    expect(classifyStorageError(error)).toBe(kind);
  });

  it('says why an issue is gone, wherever in the chain the error sits', () => {
    const cleared = new IssueGoneError('issue-1', 3, 'storage-cleared');
    expect(goneReason(cleared)).toBe('storage-cleared');
    expect(goneReason(new Error('write failed', { cause: cleared }))).toBe('storage-cleared');
    expect(goneReason(new IssueGoneError('issue-1', 3, 'deleted'))).toBe('deleted');
    expect(goneReason(new ConflictError('issue-1', 1, 2))).toBeUndefined();
  });

  it('survives an error whose inner points back at itself', () => {
    const error = new Dexie.AbortError('aborted') as Error & { inner: unknown };
    error.inner = error;
    expect(classifyStorageError(error)).toBe('unknown');
  });
});

describe('a quota abort from IndexedDB through Dexie', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Aborts the transaction with QuotaExceededError once the issue body is written, as a
   * browser does when the disk fills at commit time. */
  function failBodyWritesWithQuota(): void {
    const put = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      const request = put.call(this, value, key);
      if (this.name === 'issueHeads') {
        const transaction = this.transaction as unknown as { _abort(name: string): void };
        request.addEventListener('success', () => transaction._abort('QuotaExceededError'));
      }
      return request;
    });
  }

  it('is classified as quota and leaves the stored issue as it was', async () => {
    const repo = new DexieIssueRepository({ indexedDB: new IDBFactory(), IDBKeyRange });
    const issue = buildTestIssue();
    await repo.put(issue);
    failBodyWritesWithQuota();
    const error = await repo.put({ ...issue, preamble: 'lost?' }, 1).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toMatchObject({ name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(classifyStorageError(error)).toBe('quota');
    expect(await repo.get(issue.id)).toEqual({ issue, rev: 1, archived: false });
    repo.close();
  });
});
