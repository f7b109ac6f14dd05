// StorageInfo over the browser's navigator.storage, where it exists (secure pages of current
// browsers); undefined elsewhere, and the app then says nothing about usage.

import type { StorageInfo } from '../../persistence/storage-info';

export function browserStorageInfo(): StorageInfo | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (storage === undefined || typeof storage.estimate !== 'function') return undefined;
  return {
    isPersisted: async () =>
      typeof storage.persisted === 'function' ? storage.persisted() : false,
    requestPersistence: async () =>
      typeof storage.persist === 'function' ? storage.persist() : false,
    estimate: async () => {
      const { usage, quota } = await storage.estimate();
      return { usage, quota };
    },
  };
}
