// The Dexie database: typed tables over the schema declared in dexie-schema.ts. Only the Dexie
// repository and the app's wiring use this class.

import { Dexie, type Table } from 'dexie';
import type { FolderHandleRecord, TemplateRecord } from './issue-repository';
import type {
  IssueBlockRow,
  IssueHeadRow,
  IssueLinkPartRow,
  IssueRow,
  LinkRow,
  RevisionRow,
  SettingRow,
  SnapshotRow,
  WholeIssueRow,
} from './dexie-records';
import { DATABASE_NAME } from './database-name';
import { declareSchema } from './dexie-schema';

export interface DatabaseOptions {
  /** An IndexedDB factory other than the global one (fake-indexeddb in tests). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class BroadsheetDatabase extends Dexie {
  declare issues: Table<IssueRow, string>;
  declare issueHeads: Table<IssueHeadRow, string>;
  declare issueBlocks: Table<IssueBlockRow, [string, string]>;
  declare links: Table<LinkRow, [string, string]>;
  declare wholeIssues: Table<WholeIssueRow, string>;
  declare issueLinkParts: Table<IssueLinkPartRow, [string, number]>;
  declare revisions: Table<RevisionRow, string>;
  declare snapshots: Table<SnapshotRow, string>;
  declare settings: Table<SettingRow, string>;
  declare templates: Table<TemplateRecord, string>;
  declare folderHandles: Table<FolderHandleRecord, string>;

  constructor(name = DATABASE_NAME, options: DatabaseOptions = {}) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    declareSchema(this);
  }
}
