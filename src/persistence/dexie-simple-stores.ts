// Settings, templates and saved folder handles: plain tables the Dexie repository delegates to.

import type { FolderHandleRecord, TemplateRecord } from './issue-repository';
import type { BroadsheetDatabase } from './broadsheet-database';
import { byName } from './by-name';

export class DexieSimpleStores {
  constructor(private readonly db: BroadsheetDatabase) {}

  async getSetting(key: string): Promise<unknown> {
    return (await this.db.settings.get(key))?.value;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  async deleteSetting(key: string): Promise<void> {
    await this.db.settings.delete(key);
  }

  async listTemplates(): Promise<TemplateRecord[]> {
    return (await this.db.templates.toArray()).sort(byName);
  }

  async putTemplate(template: TemplateRecord): Promise<void> {
    await this.db.templates.put(template);
  }

  async deleteTemplate(id: string): Promise<void> {
    await this.db.templates.delete(id);
  }

  async listFolderHandles(): Promise<FolderHandleRecord[]> {
    return (await this.db.folderHandles.toArray()).sort(byName);
  }

  async getFolderHandle(id: string): Promise<FolderHandleRecord | undefined> {
    return this.db.folderHandles.get(id);
  }

  async putFolderHandle(record: FolderHandleRecord): Promise<void> {
    await this.db.folderHandles.put(record);
  }

  async deleteFolderHandle(id: string): Promise<void> {
    await this.db.folderHandles.delete(id);
  }
}
