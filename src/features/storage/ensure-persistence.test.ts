import { describe, expect, it, vi } from 'vitest';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import type { StorageInfo } from '../../persistence/storage-info';
import { ensurePersistence, PERSISTENCE_ASKED } from './ensure-persistence';
import { formatBytes } from './format-bytes';

function browser(persisted: boolean, grants: boolean) {
  const info: StorageInfo = {
    isPersisted: vi.fn(async () => persisted),
    requestPersistence: vi.fn(async () => {
      persisted = grants;
      return grants;
    }),
    estimate: async () => ({ usage: 0, quota: 0 }),
  };
  return info;
}

describe('ensurePersistence', () => {
  it('asks once, remembers that it asked, and never asks again', async () => {
    const settings = new MemoryIssueRepository();
    const info = browser(false, false);
    expect(await ensurePersistence(info, settings, () => 42)).toBe(false);
    expect(await settings.getSetting(PERSISTENCE_ASKED)).toBe(42);
    expect(await ensurePersistence(info, settings)).toBe(false);
    expect(info.requestPersistence).toHaveBeenCalledTimes(1);
  });

  it('reports a grant, and asks nothing when the data is kept already', async () => {
    const settings = new MemoryIssueRepository();
    const granting = browser(false, true);
    expect(await ensurePersistence(granting, settings)).toBe(true);
    const kept = browser(true, true);
    expect(await ensurePersistence(kept, new MemoryIssueRepository())).toBe(true);
    expect(kept.requestPersistence).not.toHaveBeenCalled();
  });
});

describe('formatBytes', () => {
  it('writes sizes as people read them', () => {
    expect(formatBytes(980)).toBe('980 bytes');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(15_000_000_000)).toBe('15 GB');
    expect(formatBytes(-3)).toBe('0 bytes');
  });
});
