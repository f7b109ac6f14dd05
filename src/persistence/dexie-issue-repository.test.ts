// Dexie's liveQuery runs only where it found a global indexedDB when it loaded, so the global
// fake is installed first; each repository still gets its own fresh factory below.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError, IssueGoneError } from './conflict-error';
import { DexieIssueRepository } from './dexie-issue-repository';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { describeRepositoryContract } from '../../test/support/issue-repository-contract';
import { buildTestIssue } from '../../test/support/test-issue';
import { waitFor } from '../../test/support/wait-for';

// Each repository gets a fresh in-memory IndexedDB, so no test sees another's data.
describeRepositoryContract(
  'DexieIssueRepository',
  (options) => new DexieIssueRepository({ ...options, indexedDB: new IDBFactory(), IDBKeyRange }),
);

describe('DexieIssueRepository over one database shared by two tabs', () => {
  const open: DexieIssueRepository[] = [];
  afterEach(() => open.splice(0).forEach((repo) => repo.close()));

  function twoTabs(): [DexieIssueRepository, DexieIssueRepository] {
    const indexedDB = new IDBFactory();
    const tab = () => new DexieIssueRepository({ name: 'shared', indexedDB, IDBKeyRange });
    open.push(tab(), tab());
    return [open[0]!, open[1]!];
  }

  it('lets only the first of two writers at one revision win', async () => {
    const [tabA, tabB] = twoTabs();
    const issue = buildTestIssue();
    await tabA.put(issue);
    const [a, b] = await Promise.all([tabA.get(issue.id), tabB.get(issue.id)]);
    const results = await Promise.allSettled([
      tabA.put({ ...a!.issue, preamble: 'A' }, a!.rev),
      tabB.put({ ...b!.issue, preamble: 'B' }, b!.rev),
    ]);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const winner = results[0]!.status === 'fulfilled' ? 'A' : 'B';
    expect((await tabB.get(issue.id))!.issue.preamble).toBe(winner);
  });

  it('tells a draft deleted by the other tab from one lost with the whole database', async () => {
    const indexedDB = new IDBFactory();
    const tab = () => new DexieIssueRepository({ name: 'shared', indexedDB, IDBKeyRange });
    open.push(tab(), tab());
    const [tabA, tabB] = [open[0]!, open[1]!];
    const issue = buildTestIssue();
    await tabA.put(issue);
    await tabB.delete(issue.id);
    await expect(tabA.put(issue, 1)).rejects.toMatchObject({
      name: 'IssueGoneError',
      reason: 'deleted',
    });
    expect(await tabA.put(issue, 0)).toBe(1);

    // The site's data cleared: the database goes while tab A holds it open.
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('shared');
      request.onsuccess = resolve;
      request.onerror = reject;
    });
    const error = await tabA.put(issue, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssueGoneError);
    expect(error).toMatchObject({ reason: 'storage-cleared' });
    // The database is opened again, created afresh: the tab's copy can be stored again.
    expect(await tabA.put({ ...issue, preamble: 'stored again' }, 0)).toBe(1);
    expect((await tabB.get(issue.id))!.issue.preamble).toBe('stored again');
    // In this new database a deletion by the other tab is a deletion again.
    await tabB.delete(issue.id);
    await expect(tabA.put(issue, 1)).rejects.toMatchObject({ reason: 'deleted' });
  });

  it("shows one tab's write to the other tab's live query", async () => {
    const [tabA, tabB] = twoTabs();
    const issue = buildTestIssue();
    await tabA.put(issue);
    const seen: string[] = [];
    const stop = tabB.subscribeIssue(issue.id, (stored) =>
      seen.push(stored?.issue.preamble ?? '-'),
    );
    await waitFor(() => expect(seen.at(-1)).toBe(issue.preamble));
    await tabA.put({ ...issue, preamble: 'typed in tab A' }, 1);
    await waitFor(() => expect(seen.at(-1)).toBe('typed in tab A'));
    stop();
  });
});

describe('DexieIssueRepository reading damaged rows', () => {
  it('names the damaged field instead of handing out a broken issue', async () => {
    const repo = new DexieIssueRepository({ indexedDB: new IDBFactory(), IDBKeyRange });
    const issue = buildTestIssue();
    await repo.put(issue);
    const block = issue.sections[1]!.blocks[0]!;
    const damaged = { ...structuredClone(block), url: 42 };
    await repo.db.issueBlocks.put({ issueId: issue.id, key: block.id, block: damaged as never });
    const error = await repo.get(issue.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as Error).message).toBe(
      'issues["issue-101"].sections[1].blocks[0].url: expected a string, found number',
    );
    await repo.db.issueBlocks.delete([issue.id, block.id]);
    await expect(repo.get(issue.id)).rejects.toThrow(
      'issues["issue-101"].sections[1].blocks[0]: the block is missing',
    );
    await repo.db.issueHeads.delete(issue.id);
    await expect(repo.get(issue.id)).rejects.toThrow('the issue body is missing');
    repo.close();
  });
});
