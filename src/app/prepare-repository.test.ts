import { describe, expect, it } from 'vitest';
import type { Locks } from '../features/storage/edit-lock';
import { MemoryIssueRepository } from '../persistence/memory-issue-repository';
import { prepareRepository, SAMPLE_LOCK } from './prepare-repository';

/** Web Locks as the browser grants them for one name: one holder at a time, in turn. */
function turnTaking(): { locks: Locks; names: string[] } {
  const names: string[] = [];
  const tails = new Map<string, Promise<unknown>>();
  const request = (name: string, callback: () => Promise<unknown>) => {
    names.push(name);
    const run = (tails.get(name) ?? Promise.resolve()).then(callback);
    tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  };
  return { locks: { request: request as Locks['request'] }, names };
}

describe('first run in two tabs at once', () => {
  it('loads the sample once: the second tab finds it loaded', async () => {
    const storage = new MemoryIssueRepository();
    const { locks, names } = turnTaking();
    const open = async () => ({ repository: storage, persistent: true });

    const tabs = await Promise.all([
      prepareRepository(open, locks),
      prepareRepository(open, locks),
    ]);

    expect(tabs.map((tab) => tab.problem)).toEqual([undefined, undefined]);
    expect(names).toEqual([SAMPLE_LOCK, SAMPLE_LOCK]);
    const titles = (await storage.listSummaries()).map((summary) => summary.title);
    expect(titles).toEqual(['EKS News 056']);
  });
});

describe('a run after the first', () => {
  it('finds the sample loaded without taking the first-run lock', async () => {
    const storage = new MemoryIssueRepository();
    const { locks, names } = turnTaking();
    const open = async () => ({ repository: storage, persistent: true });
    await prepareRepository(open, locks);
    const again = await prepareRepository(open, locks);
    expect(again.problem).toBeUndefined();
    expect(names).toEqual([SAMPLE_LOCK]);
    expect((await storage.listSummaries()).length).toBe(1);
  });
});
