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

describe('an opening that has read its draft from the database already', () => {
  /** A repository whose settings reads are counted: the sample check is one. */
  function counted() {
    const storage = new MemoryIssueRepository();
    const reads: string[] = [];
    const getSetting = storage.getSetting.bind(storage);
    storage.getSetting = (key: string) => {
      reads.push(key);
      return getSetting(key);
    };
    return { storage, reads };
  }

  it('is ready without the sample check when the database holds that draft', async () => {
    const { storage, reads } = counted();
    const { locks, names } = turnTaking();
    const open = async () => ({ repository: storage, persistent: true });
    const state = await prepareRepository(open, locks, async () => true);
    expect(state.repository).toBe(storage);
    expect(reads).toEqual([]);
    expect(names).toEqual([]);
  });

  it('checks for the sample as before when the draft was not found there', async () => {
    const { storage, reads } = counted();
    const { locks, names } = turnTaking();
    const open = async () => ({ repository: storage, persistent: true });
    await prepareRepository(open, locks, async () => false);
    expect(reads.length).toBeGreaterThan(0);
    expect(names).toEqual([SAMPLE_LOCK]);
    expect((await storage.listSummaries()).map((s) => s.title)).toEqual(['EKS News 056']);
  });

  it('loads the sample into drafts kept in memory, whatever the database held', async () => {
    const { storage } = counted();
    const open = async () => ({ repository: storage, persistent: false, problem: 'refused' });
    const state = await prepareRepository(open, undefined, async () => true);
    expect(state.problem).toBe('refused');
    expect((await storage.listSummaries()).map((s) => s.title)).toEqual(['EKS News 056']);
  });
});
