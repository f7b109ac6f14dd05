// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryProvider } from '../../components/query-provider';
import { RepositoryContext } from '../../components/repository-context';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import type { StorageInfo } from '../../persistence/storage-info';
import { PERSISTENCE_ASKED } from './ensure-persistence';
import { StorageInfoContext } from './storage-info-context';
import { StorageUsage } from './storage-usage';

afterEach(cleanup);

function usage(info: StorageInfo | undefined, repository: MemoryIssueRepository, ready = true) {
  return (
    <RepositoryContext value={{ repository, persistent: true }}>
      <StorageInfoContext value={info}>
        <QueryProvider>
          <StorageUsage ready={ready} />
        </QueryProvider>
      </StorageInfoContext>
    </RepositoryContext>
  );
}

function renderUsage(info: StorageInfo | undefined, repository = new MemoryIssueRepository()) {
  render(usage(info, repository));
  return repository;
}

function browser(usage: number, quota: number, grants: boolean): StorageInfo {
  let persisted = false;
  return {
    isPersisted: async () => persisted,
    requestPersistence: vi.fn(async () => (persisted = grants)),
    estimate: async () => ({ usage, quota }),
  };
}

describe('the storage line of the library', () => {
  it('asks once to keep the drafts, and says how much they take and that they are kept', async () => {
    const info = browser(1_234_567, 2_000_000_000, true);
    const repository = renderUsage(info);
    const footer = await screen.findByRole('contentinfo', { name: 'Storage' });
    expect(footer.textContent).toBe(
      'Drafts take 1.2 MB of the 2.0 GB this browser allows. The browser keeps them until you delete them.',
    );
    expect(info.requestPersistence).toHaveBeenCalledTimes(1);
    expect(await repository.getSetting(PERSISTENCE_ASKED)).toEqual(expect.any(Number));
  });

  it('warns when the browser may clear the drafts, and when storage is nearly full', async () => {
    renderUsage(browser(900_000_000, 1_000_000_000, false));
    const footer = await screen.findByRole('alert');
    expect(footer.textContent).toBe(
      'Storage is nearly full. Drafts take 900 MB of the 1.0 GB this browser allows. ' +
        'The browser may clear them when the disk runs low: download a backup now and then.',
    );
  });

  it('asks the browser nothing until the library says it is ready', async () => {
    const info = browser(1_234_567, 2_000_000_000, true);
    const estimate = vi.spyOn(info, 'estimate');
    const repository = new MemoryIssueRepository();
    const { rerender } = render(usage(info, repository, false));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(estimate).not.toHaveBeenCalled();
    expect(info.requestPersistence).not.toHaveBeenCalled();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    rerender(usage(info, repository, true));
    expect((await screen.findByRole('contentinfo', { name: 'Storage' })).textContent).toMatch(
      /^Drafts take 1\.2 MB/,
    );
    expect(estimate).toHaveBeenCalledTimes(1);
  });

  it('says nothing where the browser tells nothing', () => {
    renderUsage(undefined);
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });
});
