import { createContext, useContext, useMemo } from 'react';
import type { StorageInfo } from '../../persistence/storage-info';
import { browserStorageInfo } from './browser-storage-info';

/** Tests put a stand-in here; the app uses the browser's. `null` means "the browser's". */
export const StorageInfoContext = createContext<StorageInfo | undefined | null>(null);

export function useStorageInfo(): StorageInfo | undefined {
  const given = useContext(StorageInfoContext);
  return useMemo(() => (given === null ? browserStorageInfo() : given), [given]);
}
