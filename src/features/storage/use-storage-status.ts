import { skipToken, useQuery } from '@tanstack/react-query';
import type { SettingsStore } from '../../persistence/issue-repository';
import type { StorageEstimate } from '../../persistence/storage-info';
import { ensurePersistence } from './ensure-persistence';
import { useStorageInfo } from './storage-info-context';

export interface StorageStatus {
  persisted: boolean;
  estimate: StorageEstimate;
}

/**
 * What the browser says about this site's storage: whether it is kept (asked for once, see
 * ensurePersistence) and how much is used of how much, read again each time the library opens.
 * Undefined until known, or where the browser does not say; not asked until `ready`.
 */
export function useStorageStatus(
  settings: Pick<SettingsStore, 'getSetting' | 'setSetting'>,
  ready = true,
): StorageStatus | undefined {
  const info = useStorageInfo();
  const { data } = useQuery({
    queryKey: ['storage-status'],
    queryFn:
      info === undefined || !ready
        ? skipToken
        : async (): Promise<StorageStatus> => {
            const persisted = await ensurePersistence(info, settings).catch(() => false);
            return { persisted, estimate: await info.estimate() };
          },
  });
  return data;
}
