import type { WorkspaceLink, WorkspaceStore } from './workspace-store';

/** The workspace copies in memory, beside the in-memory repository (tests, no IndexedDB). */
export class MemoryWorkspaceStore implements WorkspaceStore {
  private readonly links = new Map<string, WorkspaceLink>();
  private readonly updates = new Map<string, Uint8Array[]>();

  async getLink(issueId: string): Promise<WorkspaceLink | undefined> {
    const link = this.links.get(issueId);
    return link && { ...link };
  }

  async findLink(workspace: string, slug: string): Promise<WorkspaceLink | undefined> {
    const link = [...this.links.values()].find((l) => l.workspace === workspace && l.slug === slug);
    return link && { ...link };
  }

  async putLink(link: WorkspaceLink, state: Uint8Array): Promise<void> {
    this.links.set(link.issueId, { ...link });
    this.updates.set(link.issueId, [state.slice()]);
  }

  async removeLink(issueId: string): Promise<void> {
    this.links.delete(issueId);
    this.updates.delete(issueId);
  }

  async loadUpdates(issueId: string): Promise<Uint8Array[]> {
    return [...(this.updates.get(issueId) ?? [])];
  }

  async addUpdate(issueId: string, update: Uint8Array): Promise<void> {
    this.updates.set(issueId, [...(this.updates.get(issueId) ?? []), update.slice()]);
  }

  async compactUpdates(issueId: string, state: Uint8Array, replacing: number): Promise<void> {
    const rest = (this.updates.get(issueId) ?? []).slice(replacing);
    this.updates.set(issueId, [state.slice(), ...rest]);
  }
}
