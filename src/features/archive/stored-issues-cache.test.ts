import { describe, expect, it } from 'vitest';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { buildTestIssue } from '../../../test/support/test-issue';
import { waitFor } from '../../../test/support/wait-for';
import { StoredIssuesCache } from './stored-issues-cache';

/** A repository that counts which issues were read. */
class CountingRepository extends MemoryIssueRepository {
  reads: string[] = [];
  override get(id: string) {
    this.reads.push(id);
    return super.get(id);
  }
}

describe('StoredIssuesCache', () => {
  it('loads every issue once, then only the ones whose revision changed', async () => {
    const repository = new CountingRepository();
    const a = buildTestIssue({ slug: '054' });
    const b = buildTestIssue({ slug: '055' });
    await repository.put(a);
    await repository.put(b);
    const cache = new StoredIssuesCache(repository);
    const stop = cache.subscribe(() => {});
    await waitFor(() => expect(cache.getSnapshot().ready).toBe(true));
    expect(repository.reads.sort()).toEqual([a.id, b.id]);
    const before = cache.getSnapshot();

    repository.reads = [];
    await repository.put({ ...b, preamble: 'edited' });
    await waitFor(() => expect(cache.getSnapshot().issues.get(b.id)?.rev).toBe(2));
    expect(repository.reads).toEqual([b.id]);
    expect(cache.getSnapshot().issues.get(a.id)).toBe(before.issues.get(a.id));

    await repository.setArchived(a.id, true);
    await waitFor(() => expect(cache.getSnapshot().issues.get(a.id)?.archived).toBe(true));
    await repository.delete(b.id);
    await waitFor(() => expect([...cache.getSnapshot().issues.keys()]).toEqual([a.id]));
    stop();
  });

  it('stops following the repository when nobody listens', async () => {
    const repository = new MemoryIssueRepository();
    const cache = new StoredIssuesCache(repository);
    const stop = cache.subscribe(() => {});
    await waitFor(() => expect(cache.getSnapshot().ready).toBe(true));
    stop();
    await repository.put(buildTestIssue());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cache.getSnapshot().issues.size).toBe(0);
  });
});
