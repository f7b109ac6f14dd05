// What the app layer tells about the browser's storage (navigator.storage), behind an interface
// so the persistence layer and its tests never touch browser globals.

export interface StorageEstimate {
  /** Bytes used by this origin, when the browser says. */
  usage: number | undefined;
  /** Bytes this origin may use, when the browser says. */
  quota: number | undefined;
}

export interface StorageInfo {
  /** Whether the browser has promised not to evict this origin's data. */
  isPersisted(): Promise<boolean>;
  /** Asks for that promise; resolves to whether it was granted. */
  requestPersistence(): Promise<boolean>;
  estimate(): Promise<StorageEstimate>;
}

/** A share of the quota in use, from 0 to 1, or undefined when the browser does not say. */
export function usageRatio(estimate: StorageEstimate): number | undefined {
  const { usage, quota } = estimate;
  if (usage === undefined || quota === undefined || quota <= 0) return undefined;
  return Math.min(1, usage / quota);
}
