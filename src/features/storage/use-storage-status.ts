import { useEffect, useState } from 'react';
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
 * ensurePersistence) and how much is used of how much. Undefined until known, or where the
 * browser does not say.
 */
export function useStorageStatus(
  settings: Pick<SettingsStore, 'getSetting' | 'setSetting'>,
): StorageStatus | undefined {
  const info = useStorageInfo();
  const [status, setStatus] = useState<StorageStatus>();
  useEffect(() => {
    if (info === undefined) return;
    let live = true;
    const read = async () => {
      const persisted = await ensurePersistence(info, settings).catch(() => false);
      const estimate = await info.estimate();
      if (live) setStatus({ persisted, estimate });
    };
    read().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [info, settings]);
  return status;
}
