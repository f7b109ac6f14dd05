import type { Dexie, Table } from 'dexie';
import type { WorkspaceLink, WorkspaceStore } from './workspace-store';
import {
  WORKSPACE_TABLES,
  type WorkspaceLinkRow,
  type WorkspaceUpdateRow,
} from './dexie-workspace-rows';

/** The workspace tables of the drafts' database (schema version 8). */
export class DexieWorkspaceStore implements WorkspaceStore {
  private readonly workspaceLinks: Table<WorkspaceLinkRow, string>;
  private readonly workspaceUpdates: Table<WorkspaceUpdateRow, number>;

  constructor(private readonly db: Dexie) {
    this.workspaceLinks = db.table(WORKSPACE_TABLES.links);
    this.workspaceUpdates = db.table(WORKSPACE_TABLES.updates);
  }

  async getLink(issueId: string): Promise<WorkspaceLink | undefined> {
    return this.workspaceLinks.get(issueId);
  }

  async findLink(workspace: string, slug: string): Promise<WorkspaceLink | undefined> {
    return this.workspaceLinks.where({ workspace, slug }).first();
  }

  async putLink(link: WorkspaceLink, state: Uint8Array): Promise<void> {
    const { workspaceLinks, workspaceUpdates } = this;
    await this.db.transaction('rw', [workspaceLinks, workspaceUpdates], async () => {
      await workspaceLinks.put({ ...link });
      await workspaceUpdates.where('issueId').equals(link.issueId).delete();
      await workspaceUpdates.add({ issueId: link.issueId, update: state });
    });
  }

  async removeLink(issueId: string): Promise<void> {
    const { workspaceLinks, workspaceUpdates } = this;
    await this.db.transaction('rw', [workspaceLinks, workspaceUpdates], async () => {
      await workspaceLinks.delete(issueId);
      await workspaceUpdates.where('issueId').equals(issueId).delete();
    });
  }

  async loadUpdates(issueId: string): Promise<Uint8Array[]> {
    const rows = await this.workspaceUpdates.where('issueId').equals(issueId).sortBy('seq');
    return rows.map((row) => row.update);
  }

  async addUpdate(issueId: string, update: Uint8Array): Promise<void> {
    await this.workspaceUpdates.add({ issueId, update });
  }

  async compactUpdates(issueId: string, state: Uint8Array, replacing: number): Promise<void> {
    const { workspaceUpdates } = this;
    await this.db.transaction('rw', workspaceUpdates, async () => {
      const rows = await workspaceUpdates.where('issueId').equals(issueId).sortBy('seq');
      const seqs = rows
        .slice(0, replacing)
        .flatMap((row) => (row.seq === undefined ? [] : [row.seq]));
      await workspaceUpdates.bulkDelete(seqs);
      await workspaceUpdates.add({ issueId, update: state });
    });
  }
}
