// The inbox: candidate articles waiting to be triaged into an issue. It lives in the same
// database as the drafts (a table of its own since schema version 3), behind this small
// interface so the inbox screen never touches Dexie. DexieInboxStore and MemoryInboxStore honour
// the contract in test/support/inbox-store-contract.ts.

import type { Candidate } from '../core/inbox/candidate';

/** A candidate as stored: `seq` keeps the order in which candidates were added. */
export interface InboxEntry extends Candidate {
  seq: number;
}

export interface InboxStore {
  /** Every candidate, in the order added. */
  listInbox(): Promise<InboxEntry[]>;
  /**
   * Adds candidates after the last one, all in one transaction: if any is invalid or the write
   * fails, none is added. Returns them as stored.
   */
  addToInbox(candidates: readonly Candidate[]): Promise<InboxEntry[]>;
  /** Removes candidates (sent to an issue or discarded); unknown ids are ignored. */
  removeFromInbox(ids: readonly string[]): Promise<void>;
  /** Puts entries back as they were, in their old places (undo of a remove). */
  restoreToInbox(entries: readonly InboxEntry[]): Promise<void>;
}
