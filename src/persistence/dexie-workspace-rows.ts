// The rows of the workspace tables (schema version 8): a draft's link to its workspace issue,
// keyed by the draft, and its document's Yjs updates, in the order stored.

import type { Dexie, Table } from 'dexie';
import type { WorkspaceLink } from './workspace-store';

export type WorkspaceLinkRow = WorkspaceLink;

export interface WorkspaceUpdateRow {
  /** Assigned by IndexedDB: the order the updates were stored in. */
  seq?: number;
  issueId: string;
  update: Uint8Array;
}

/** The workspace tables as the version 8 schema declares them. */
export const WORKSPACE_TABLES = {
  links: 'workspaceLinks',
  updates: 'workspaceUpdates',
} as const;

/** The workspace tables of a database: its links, then its updates. */
export function workspaceTables(
  db: Dexie,
): [Table<WorkspaceLinkRow, string>, Table<WorkspaceUpdateRow, number>] {
  return [db.table(WORKSPACE_TABLES.links), db.table(WORKSPACE_TABLES.updates)];
}

/**
 * Drops a draft's workspace rows (its link and its document's updates), in the transaction the
 * caller opened over both tables: a deleted draft leaves nothing behind.
 */
export async function removeWorkspaceRows(
  [links, updates]: ReturnType<typeof workspaceTables>,
  issueId: string,
): Promise<void> {
  await links.delete(issueId);
  await updates.where('issueId').equals(issueId).delete();
}
