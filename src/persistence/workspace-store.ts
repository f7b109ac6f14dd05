// The offline copies of workspace issues: which draft is which issue of which workspace, and the
// Yjs updates of its document, kept in the drafts' database (tables of their own since schema
// version 8) so a workspace issue opens and is edited without the server, and merges on
// reconnect. DexieWorkspaceStore and MemoryWorkspaceStore honour the contract in
// test/support/workspace-store-contract.ts.

/** A draft that is an issue of a workspace: `<workspace>/<slug>` on the server. */
export interface WorkspaceLink {
  issueId: string;
  workspace: string;
  slug: string;
}

export interface WorkspaceStore {
  getLink(issueId: string): Promise<WorkspaceLink | undefined>;
  /** The draft that holds a workspace's issue in this browser, if one does. */
  findLink(workspace: string, slug: string): Promise<WorkspaceLink | undefined>;
  /** Links a draft to its workspace issue, with the document's state so far, in one write. */
  putLink(link: WorkspaceLink, state: Uint8Array): Promise<void>;
  /** Unlinks a draft and drops its document's updates; the draft itself stays. */
  removeLink(issueId: string): Promise<void>;
  /** Every update stored for the draft's document, oldest first. */
  loadUpdates(issueId: string): Promise<Uint8Array[]>;
  addUpdate(issueId: string, update: Uint8Array): Promise<void>;
  /** Replaces the stored updates by one holding the same state (keeps the table small). */
  compactUpdates(issueId: string, state: Uint8Array, replacing: number): Promise<void>;
}
