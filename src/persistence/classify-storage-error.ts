// Turns whatever a storage call threw into the few kinds the UI reacts to differently. IndexedDB
// reports a full disk as a DOMException named QuotaExceededError, but inside a transaction it
// often surfaces as an AbortError whose `inner` (Dexie) or `cause` holds the real one, a bulk
// write lists it among `failures`, and Firefox has its own legacy name. So the whole chain is
// examined. A guarded write that finds its issue gone is told apart from one that finds a newer
// version: the first has only this tab's copy left to store again, the second another to take.

import { ConflictError, IssueGoneError, type GoneReason } from './conflict-error';

export type StorageErrorKind = 'quota' | 'conflict' | 'gone' | 'unavailable' | 'unknown';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** The legacy DOMException code of QuotaExceededError. */
const QUOTA_CODE = 22;

/** Errors saying the database cannot be used at all (private mode, blocked, closed, deleted). */
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'InvalidStateError',
  'SecurityError',
  'VersionError',
  'NoSuchDatabaseError',
]);

/**
 * The error and those nested in it (Dexie's `inner`, the standard `cause`, the `failures` of a
 * Dexie BulkError or ModifyError), outermost first, each once.
 */
function errorChain(error: unknown): object[] {
  const seen: object[] = [];
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.length < 100) {
    const current = pending.shift();
    if (typeof current !== 'object' || current === null || seen.includes(current)) continue;
    seen.push(current);
    const nested = current as { inner?: unknown; cause?: unknown; failures?: unknown };
    pending.push(nested.inner, nested.cause);
    if (Array.isArray(nested.failures)) pending.push(...(nested.failures as unknown[]));
  }
  return seen;
}

function nameOf(error: object): string | undefined {
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

function isQuota(error: object): boolean {
  const name = nameOf(error);
  if (name !== undefined && QUOTA_NAMES.has(name)) return true;
  return error instanceof DOMException && error.code === QUOTA_CODE;
}

function isGone(error: object): boolean {
  return error instanceof IssueGoneError || nameOf(error) === 'IssueGoneError';
}

export function classifyStorageError(error: unknown): StorageErrorKind {
  const chain = errorChain(error);
  if (chain.some(isGone)) return 'gone';
  if (chain.some((e) => e instanceof ConflictError || nameOf(e) === 'ConflictError')) {
    return 'conflict';
  }
  if (chain.some(isQuota)) return 'quota';
  if (chain.some((e) => UNAVAILABLE_NAMES.has(nameOf(e) ?? ''))) return 'unavailable';
  return 'unknown';
}

/** Why the issue a write was guarded by is gone, when the error says it is. */
export function goneReason(error: unknown): GoneReason | undefined {
  const gone = errorChain(error).find(isGone) as { reason?: unknown } | undefined;
  if (gone === undefined) return undefined;
  return gone.reason === 'storage-cleared' ? 'storage-cleared' : 'deleted';
}
