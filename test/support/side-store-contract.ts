// The settings, templates and folder-handle part of the repository contract. Test-only; see
// issue-repository-contract.ts.

import { describe, expect, it } from 'vitest';
import type { RepositoryFactory } from './issue-repository-contract';

export function describeSideStoreContract(make: RepositoryFactory): void {
  describe('settings, templates and saved folders', () => {
    it('stores settings as structured values by key', async () => {
      const repo = make();
      expect(await repo.getSetting('theme')).toBeUndefined();
      await repo.setSetting('theme', 'dark');
      await repo.setSetting('layout', { preview: true, widths: [3, 2] });
      expect(await repo.getSetting('theme')).toBe('dark');
      expect(await repo.getSetting('layout')).toEqual({ preview: true, widths: [3, 2] });
      await repo.setSetting('theme', 'light');
      await repo.deleteSetting('layout');
      expect(await repo.getSetting('theme')).toBe('light');
      expect(await repo.getSetting('layout')).toBeUndefined();
    });

    it('lists templates by name, replaces by id and deletes', async () => {
      const repo = make();
      await repo.putTemplate({ id: 't2', name: 'Weekly', data: { sections: ['A'] }, updatedAt: 1 });
      await repo.putTemplate({
        id: 't1',
        name: 'Monthly',
        data: { sections: ['B'] },
        updatedAt: 2,
      });
      await repo.putTemplate({
        id: 't2',
        name: 'Weekly',
        data: { sections: ['A', 'C'] },
        updatedAt: 3,
      });
      expect(await repo.listTemplates()).toEqual([
        { id: 't1', name: 'Monthly', data: { sections: ['B'] }, updatedAt: 2 },
        { id: 't2', name: 'Weekly', data: { sections: ['A', 'C'] }, updatedAt: 3 },
      ]);
      await repo.deleteTemplate('t1');
      expect((await repo.listTemplates()).map((t) => t.id)).toEqual(['t2']);
    });

    it('keeps saved folder handles as opaque values', async () => {
      const repo = make();
      const handle = { kind: 'directory', name: 'eks-news-site' };
      await repo.putFolderHandle({ id: 'site', name: 'eks-news-site', handle, savedAt: 42 });
      await repo.putFolderHandle({
        id: 'other',
        name: 'another-site',
        handle: { kind: 'directory' },
        savedAt: 43,
      });
      expect(await repo.getFolderHandle('site')).toEqual({
        id: 'site',
        name: 'eks-news-site',
        handle,
        savedAt: 42,
      });
      expect((await repo.listFolderHandles()).map((r) => r.id)).toEqual(['other', 'site']);
      await repo.deleteFolderHandle('site');
      expect(await repo.getFolderHandle('site')).toBeUndefined();
    });
  });
}
