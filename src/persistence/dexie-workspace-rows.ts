// The rows of the workspace tables (schema version 8): a draft's link to its workspace issue,
// keyed by the draft, and its document's Yjs updates, in the order stored.

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
