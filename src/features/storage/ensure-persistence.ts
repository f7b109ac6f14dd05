// Asks the browser once (ever, per browser profile) to keep this site's data even when disk space
// runs low, so drafts are not evicted. Chromium answers from how the site is used, Firefox asks the
// user; either way the question is not repeated on every visit.

import type { SettingsStore } from '../../persistence/issue-repository';
import type { StorageInfo } from '../../persistence/storage-info';

export const PERSISTENCE_ASKED = 'storage.persistenceAskedAt';

/** Resolves to whether the data is now kept (persistent). */
export async function ensurePersistence(
  info: StorageInfo,
  settings: Pick<SettingsStore, 'getSetting' | 'setSetting'>,
  now: () => number = Date.now,
): Promise<boolean> {
  if (await info.isPersisted()) return true;
  if ((await settings.getSetting(PERSISTENCE_ASKED)) !== undefined) return false;
  // Noted before asking: a prompt left unanswered is not asked again either.
  await settings.setSetting(PERSISTENCE_ASKED, now());
  return info.requestPersistence();
}
