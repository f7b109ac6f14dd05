// The inbox kept in memory: for tests, and beside the in-memory repository when IndexedDB cannot
// be opened. Values are cloned on the way in and out, as IndexedDB does.

import type { Candidate } from '../core/inbox/candidate';
import type { InboxEntry, InboxStore } from './inbox-store';
import { validateInboxEntry } from './validate-inbox-entry';

export class MemoryInboxStore implements InboxStore {
  private readonly entries = new Map<string, InboxEntry>();

  async listInbox(): Promise<InboxEntry[]> {
    return [...this.entries.values()].sort((a, b) => a.seq - b.seq).map((e) => structuredClone(e));
  }

  async addToInbox(candidates: readonly Candidate[]): Promise<InboxEntry[]> {
    let last = 0;
    for (const entry of this.entries.values()) last = Math.max(last, entry.seq);
    const added = candidates.map((candidate, i) =>
      validateInboxEntry(structuredClone({ ...candidate, seq: last + 1 + i }), `inbox[${i}]`),
    );
    for (const entry of added) this.entries.set(entry.id, entry);
    return added.map((entry) => structuredClone(entry));
  }

  async removeFromInbox(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.entries.delete(id);
  }

  async restoreToInbox(entries: readonly InboxEntry[]): Promise<void> {
    const restored = entries.map((entry, i) =>
      validateInboxEntry(structuredClone(entry), `inbox[${i}]`),
    );
    for (const entry of restored) this.entries.set(entry.id, entry);
  }
}
