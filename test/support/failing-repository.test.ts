import { describe, expect, it } from 'vitest';
import { classifyStorageError } from '../../src/persistence/classify-storage-error';
import { FailingRepository } from './failing-repository';
import { describeRepositoryContract } from './issue-repository-contract';
import { MemoryIssueRepository } from '../../src/persistence/memory-issue-repository';
import { simulatedUnavailableError } from './simulated-storage-errors';
import { buildTestIssue } from './test-issue';

// While healthy it must be a faithful stand-in for the repository it wraps.
describeRepositoryContract(
  'FailingRepository (healthy)',
  (options) => new FailingRepository(new MemoryIssueRepository(options)),
);

function failing() {
  return new FailingRepository(new MemoryIssueRepository());
}

describe('FailingRepository', () => {
  it('fails writes with a quota error by default and keeps reading', async () => {
    const repo = failing();
    const issue = buildTestIssue();
    await repo.put(issue);
    repo.failWith();
    const error = await repo.put({ ...issue, preamble: 'new' }).catch((e: unknown) => e);
    expect(classifyStorageError(error)).toBe('quota');
    await expect(repo.addRevision(issue.id, issue, 'manual')).rejects.toThrow('QuotaExceededError');
    await expect(repo.setSetting('a', 1)).rejects.toThrow();
    expect((await repo.get(issue.id))!.issue.preamble).toBe(issue.preamble);
    expect(repo.failedCalls).toBe(3);
  });

  it('works again after heal, with nothing of the failed writes stored', async () => {
    const repo = failing();
    const issue = buildTestIssue();
    repo.failWith();
    await expect(repo.put(issue)).rejects.toThrow();
    repo.heal();
    expect(await repo.listSummaries()).toEqual([]);
    expect(await repo.put(issue)).toBe(1);
  });

  it('fails a given number of calls, then recovers by itself', async () => {
    const repo = failing();
    repo.failWith(simulatedUnavailableError, { scope: 'all', times: 2 });
    const first = await repo.listSummaries().catch((e: unknown) => e);
    expect(classifyStorageError(first)).toBe('unavailable');
    await expect(repo.put(buildTestIssue())).rejects.toThrow('closed');
    expect(await repo.put(buildTestIssue())).toBe(1);
    expect(repo.failedCalls).toBe(2);
  });

  it('can fail reads only', async () => {
    const repo = failing();
    repo.failWith(() => new Error('read failed'), { scope: 'reads' });
    expect(await repo.put(buildTestIssue())).toBe(1);
    await expect(repo.get('issue-101')).rejects.toThrow('read failed');
    await expect(repo.listRevisions('issue-101')).rejects.toThrow('read failed');
  });
});
