// The inbox over the Broadsheet database's `inbox` table (schema version 3). Adding reads the
// last `seq` and writes inside one transaction, so two tabs adding at once never share a place.

import type { Dexie, Table } from 'dexie';
import type { Candidate } from '../core/inbox/candidate';
import type { InboxEntry, InboxStore } from './inbox-store';
import { validateInboxEntry } from './validate-inbox-entry';

export const INBOX_TABLE = 'inbox';

export class DexieInboxStore implements InboxStore {
  private readonly table: Table<InboxEntry, string>;

  constructor(private readonly db: Dexie) {
    this.table = db.table<InboxEntry, string>(INBOX_TABLE);
  }

  async listInbox(): Promise<InboxEntry[]> {
    const rows = await this.table.orderBy('seq').toArray();
    return rows.map((row, i) => validateInboxEntry(row, `inbox[${i}]`));
  }

  async addToInbox(candidates: readonly Candidate[]): Promise<InboxEntry[]> {
    const checked = candidates.map((c, i) => validateInboxEntry({ ...c, seq: 1 }, `inbox[${i}]`));
    return this.db.transaction('rw', this.table, async () => {
      const last = (await this.table.orderBy('seq').last())?.seq ?? 0;
      const added = checked.map((entry, i) => ({ ...entry, seq: last + 1 + i }));
      await this.table.bulkAdd(added);
      return added;
    });
  }

  async removeFromInbox(ids: readonly string[]): Promise<void> {
    await this.table.bulkDelete([...ids]);
  }

  async restoreToInbox(entries: readonly InboxEntry[]): Promise<void> {
    const checked = entries.map((entry, i) => validateInboxEntry(entry, `inbox[${i}]`));
    await this.table.bulkPut(checked);
  }
}
