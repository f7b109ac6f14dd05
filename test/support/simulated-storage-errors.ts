// Errors shaped like the ones a browser and Dexie really produce, for FailingRepository and the
// tests of the storage-trouble path.

import { Dexie } from 'dexie';

/** A full disk as it arrives from a Dexie write: an AbortError whose `inner` is the quota error. */
export function simulatedQuotaError(): Error {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return new Dexie.AbortError('Transaction aborted', quota);
}

/** A database that cannot be reached: closed, blocked or deleted under the app. */
export function simulatedUnavailableError(): Error {
  return new Dexie.DatabaseClosedError('Database has been closed');
}
