// The one contract every IssueRepository honours, written once and run against each
// implementation (memory-issue-repository.test.ts, dexie-issue-repository.test.ts). Test-only.

import { afterEach, describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../src/persistence/classify-storage-error';
import { ConflictError, IssueGoneError } from '../../src/persistence/conflict-error';
import { InvalidRecordError } from '../../src/core/model/schema/invalid-record-error';
import type { IssueRepository, RepositoryOptions } from '../../src/persistence/issue-repository';
import { buildTestIssue } from './test-issue';
import { describeRevisionContract } from './revision-contract';
import { describeSideStoreContract } from './side-store-contract';
import { describeLinkIndexContract } from './link-index-contract';
import { waitFor } from './wait-for';

export type RepositoryFactory = (options?: RepositoryOptions) => IssueRepository;

/** A factory that closes every repository it made when the test ends. */
export function trackedFactory(make: RepositoryFactory): RepositoryFactory {
  const made: IssueRepository[] = [];
  afterEach(() => {
    for (const repo of made.splice(0)) repo.close();
  });
  return (options) => {
    const repo = make(options);
    made.push(repo);
    return repo;
  };
}

export function describeRepositoryContract(name: string, make: RepositoryFactory): void {
  describe(`${name}: the IssueRepository contract`, () => {
    const factory = trackedFactory(make);
    describeIssueContract(factory);
    describeBatchContract(factory);
    describeLiveContract(factory);
    describeRevisionContract(factory);
    describeSideStoreContract(factory);
    describeLinkIndexContract(factory);
  });
}

function describeIssueContract(make: RepositoryFactory): void {
  describe('issues', () => {
    it('stores an issue and reads it back equal, with revision 1', async () => {
      const repo = make();
      const issue = buildTestIssue({ cards: 7 });
      expect(await repo.put(issue)).toBe(1);
      expect(await repo.get(issue.id)).toEqual({ issue, rev: 1, archived: false });
      expect(await repo.get('no-such-issue')).toBeUndefined();
    });

    it('keeps what is stored apart from the objects callers hold', async () => {
      const repo = make();
      const issue = buildTestIssue();
      await repo.put(issue);
      issue.sections[0]!.heading = 'changed after the put';
      const read = await repo.get(issue.id);
      read!.issue.preamble = 'changed after the get';
      const again = await repo.get(issue.id);
      expect(again!.issue.sections[0]!.heading).toBe('New AWS services and features');
      expect(again!.issue.preamble).toBe('{{< eo >}}\n\n');
    });

    it('counts every write and accepts a write made at the stored revision', async () => {
      const repo = make();
      const issue = buildTestIssue();
      expect(await repo.put(issue, 0)).toBe(1);
      expect(await repo.put({ ...issue, preamble: 'second' }, 1)).toBe(2);
      expect(await repo.put({ ...issue, preamble: 'third' })).toBe(3);
      expect((await repo.get(issue.id))!.issue.preamble).toBe('third');
    });

    it('rejects a write made at a stale revision and keeps the newer content (two tabs)', async () => {
      const repo = make();
      const issue = buildTestIssue();
      await repo.put(issue);
      const tabA = (await repo.get(issue.id))!;
      const tabB = (await repo.get(issue.id))!;
      await repo.put({ ...tabA.issue, preamble: 'from tab A' }, tabA.rev);
      const error = await repo
        .put({ ...tabB.issue, preamble: 'from tab B' }, tabB.rev)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ issueId: issue.id, expectedRevision: 1, actualRevision: 2 });
      expect(classifyStorageError(error)).toBe('conflict');
      expect((await repo.get(issue.id))!.issue.preamble).toBe('from tab A');
    });

    it('treats an expected revision of 0 as "must not exist yet"', async () => {
      const repo = make();
      const issue = buildTestIssue();
      await repo.put(issue, 0);
      await expect(repo.put(issue, 0)).rejects.toBeInstanceOf(ConflictError);
      await expect(repo.put(buildTestIssue({ slug: '102' }), 5)).rejects.toBeInstanceOf(
        ConflictError,
      );
    });

    it('tells a write at a revision of an issue no longer stored that it is gone', async () => {
      const repo = make();
      const issue = buildTestIssue();
      await repo.put(issue);
      await repo.delete(issue.id);
      const error = await repo
        .put({ ...issue, preamble: 'kept in a tab' }, 1)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IssueGoneError);
      expect(error).toMatchObject({ issueId: issue.id, expectedRevision: 1, reason: 'deleted' });
      expect(classifyStorageError(error)).toBe('gone');
      // Stored again as a new draft with the same id, the tab's copy counts from 1.
      expect(await repo.put({ ...issue, preamble: 'kept in a tab' }, 0)).toBe(1);
      expect((await repo.get(issue.id))!.issue.preamble).toBe('kept in a tab');
    });

    it('refuses to store a malformed issue, naming the bad field', async () => {
      const repo = make();
      const issue = buildTestIssue();
      const broken = { ...issue, sections: [{ ...issue.sections[0]!, level: 'two' }] };
      const error = await repo.put(broken as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as Error).message).toBe(
        'sections[0].level: expected a finite number, found string',
      );
      expect(await repo.get(issue.id)).toBeUndefined();
    });

    it('lists summaries, newest first, with the fields the library shows', async () => {
      const repo = make();
      await repo.put(buildTestIssue({ slug: '101', cards: 4, updatedAt: 1000 }));
      await repo.put(buildTestIssue({ slug: '103', cards: 0, status: 'ready', updatedAt: 3000 }));
      await repo.put(buildTestIssue({ slug: '102', cards: 12, title: 'Special', updatedAt: 2000 }));
      await repo.put(buildTestIssue({ slug: '102', cards: 13, title: 'Special', updatedAt: 2500 }));
      expect(await repo.listSummaries()).toEqual([
        {
          id: 'issue-103',
          title: 'EKS News 103',
          slug: '103',
          status: 'ready',
          date: '2024-05-03T07:00:00Z',
          cardCount: 0,
          updatedAt: 3000,
          archived: false,
          rev: 1,
        },
        {
          id: 'issue-102',
          title: 'Special',
          slug: '102',
          status: 'draft',
          date: '2024-05-03T07:00:00Z',
          cardCount: 13,
          updatedAt: 2500,
          archived: false,
          rev: 2,
        },
        {
          id: 'issue-101',
          title: 'EKS News 101',
          slug: '101',
          status: 'draft',
          date: '2024-05-03T07:00:00Z',
          cardCount: 4,
          updatedAt: 1000,
          archived: false,
          rev: 1,
        },
      ]);
    });

    it('lists who set a status and when, where recorded', async () => {
      const repo = make();
      const issue = buildTestIssue({ slug: '104', updatedAt: 4000 });
      await repo.put({ ...issue, status: 'ready', statusChangedAt: 3900, statusSetBy: 'Ana' });
      expect((await repo.listSummaries())[0]).toMatchObject({
        status: 'ready',
        statusChangedAt: 3900,
        statusSetBy: 'Ana',
      });
      await repo.put({ ...issue, status: 'draft', statusChangedAt: 3950 }, 1);
      const [summary] = await repo.listSummaries();
      expect(summary).toMatchObject({ status: 'draft', statusChangedAt: 3950 });
      expect(summary).not.toHaveProperty('statusSetBy');
    });

    it('archives without touching the revision counter, and later writes keep the flag', async () => {
      const repo = make();
      const issue = buildTestIssue();
      await repo.put(issue);
      await repo.setArchived(issue.id, true);
      expect(await repo.get(issue.id)).toMatchObject({ rev: 1, archived: true });
      await repo.put(issue, 1);
      expect((await repo.listSummaries())[0]).toMatchObject({ rev: 2, archived: true });
      await repo.setArchived(issue.id, false);
      expect((await repo.get(issue.id))!.archived).toBe(false);
      await repo.setArchived('no-such-issue', true);
      expect(await repo.listSummaries()).toHaveLength(1);
    });

    it('deletes an issue with its revisions, guarded like a write', async () => {
      const repo = make();
      const keep = buildTestIssue({ slug: '100' });
      const issue = buildTestIssue();
      await repo.put(keep);
      await repo.put(issue);
      await repo.addRevision(keep.id, keep, 'opened');
      const revision = await repo.addRevision(issue.id, issue, 'opened');
      await expect(repo.delete(issue.id, 7)).rejects.toBeInstanceOf(ConflictError);
      expect(await repo.get(issue.id)).toBeDefined();
      await repo.delete(issue.id, 1);
      expect(await repo.get(issue.id)).toBeUndefined();
      expect(await repo.getRevision(revision.id)).toBeUndefined();
      expect(await repo.listRevisions(issue.id)).toEqual([]);
      expect(await repo.listRevisions(keep.id)).toHaveLength(1);
      await repo.delete('no-such-issue');
    });

    it('becomes unusable after close, which classifies as unavailable', async () => {
      const repo = make();
      repo.close();
      const error = await repo.listSummaries().catch((e: unknown) => e);
      expect(classifyStorageError(error)).toBe('unavailable');
    });
  });
}

function describeBatchContract(make: RepositoryFactory): void {
  describe('writeBatch', () => {
    it('writes issues and revisions together', async () => {
      const repo = make();
      const a = buildTestIssue({ slug: '201' });
      const b = buildTestIssue({ slug: '202' });
      await repo.put(b);
      const revision = {
        id: 'rev-x',
        issueId: a.id,
        createdAt: 5,
        reason: 'manual' as const,
        title: 'old',
        cardCount: 6,
        snapshot: a,
      };
      await repo.writeBatch({
        issues: [
          { issue: a, archived: true, expectedRevision: 0 },
          { issue: b, archived: false, expectedRevision: 1 },
        ],
        revisions: [revision],
      });
      expect(await repo.get(a.id)).toEqual({ issue: a, rev: 1, archived: true });
      expect((await repo.get(b.id))!.rev).toBe(2);
      expect(await repo.getRevision('rev-x')).toEqual(revision);
    });

    it('writes nothing when one write is stale', async () => {
      const repo = make();
      const a = buildTestIssue({ slug: '201' });
      const b = buildTestIssue({ slug: '202' });
      await repo.put(b);
      const revision = {
        id: 'rev-y',
        issueId: a.id,
        createdAt: 5,
        reason: 'manual' as const,
        title: '',
        cardCount: 6,
        snapshot: a,
      };
      const batch = {
        issues: [
          { issue: a, archived: false },
          { issue: b, archived: false, expectedRevision: 0 },
        ],
        revisions: [revision],
      };
      await expect(repo.writeBatch(batch)).rejects.toBeInstanceOf(ConflictError);
      expect(await repo.get(a.id)).toBeUndefined();
      expect((await repo.get(b.id))!.rev).toBe(1);
      expect(await repo.getRevision('rev-y')).toBeUndefined();
    });

    it('writes nothing when one issue is malformed', async () => {
      const repo = make();
      const a = buildTestIssue({ slug: '201' });
      const bad = { ...buildTestIssue({ slug: '202' }), status: 'lost' };
      const batch = {
        issues: [
          { issue: a, archived: false },
          { issue: bad as never, archived: false },
        ],
        revisions: [],
      };
      await expect(repo.writeBatch(batch)).rejects.toThrow('status: expected one of');
      expect(await repo.listSummaries()).toEqual([]);
    });
  });
}

function describeLiveContract(make: RepositoryFactory): void {
  describe('live queries', () => {
    it('delivers the summaries, then every change, until unsubscribed', async () => {
      const repo = make();
      await repo.put(buildTestIssue({ slug: '301' }));
      const seen: string[][] = [];
      const stop = repo.subscribeSummaries((list) => seen.push(list.map((s) => s.slug)));
      await waitFor(() => expect(seen.at(-1)).toEqual(['301']));
      await repo.put(buildTestIssue({ slug: '302', updatedAt: 1_800_000_000_000 }));
      await waitFor(() => expect(seen.at(-1)).toEqual(['302', '301']));
      stop();
      const count = seen.length;
      await repo.put(buildTestIssue({ slug: '303' }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toHaveLength(count);
    });

    it('follows one issue through writes and its deletion', async () => {
      const repo = make();
      const issue = buildTestIssue();
      await repo.put(issue);
      const seen: (number | undefined)[] = [];
      const stop = repo.subscribeIssue(issue.id, (stored) => seen.push(stored?.rev));
      await waitFor(() => expect(seen.at(-1)).toBe(1));
      await repo.put(issue, 1);
      await waitFor(() => expect(seen.at(-1)).toBe(2));
      await repo.delete(issue.id);
      await waitFor(() => expect(seen.at(-1)).toBeUndefined());
      stop();
    });
  });
}
