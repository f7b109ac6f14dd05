// The contract every WorkspaceStore honours, written once and run against each implementation
// (dexie-workspace-store.test.ts). Test-only.

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorkspaceStore } from '../../src/persistence/workspace-store';

export type WorkspaceStoreFactory = () => WorkspaceStore;

/** A document with one text, and the update that made it. */
function documentWith(text: string): { doc: Y.Doc; state: Uint8Array } {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return { doc, state: Y.encodeStateAsUpdate(doc) };
}

function replay(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

const link = { issueId: 'i-1', workspace: 'team', slug: 'eks-news-056' };

export function describeWorkspaceStoreContract(name: string, make: WorkspaceStoreFactory): void {
  describe(`${name}: the WorkspaceStore contract`, () => {
    it('links a draft to its workspace issue, found by draft and by workspace and slug', async () => {
      const store = make();
      expect(await store.getLink('i-1')).toBeUndefined();
      await store.putLink(link, documentWith('Hello').state);
      expect(await store.getLink('i-1')).toEqual(link);
      expect(await store.findLink('team', 'eks-news-056')).toEqual(link);
      expect(await store.findLink('other', 'eks-news-056')).toBeUndefined();
    });

    it('keeps every update after the first state, in order, and replays to the same text', async () => {
      const store = make();
      const { doc, state } = documentWith('Hello');
      await store.putLink(link, state);
      doc.on('update', (update: Uint8Array) => void store.addUpdate('i-1', update));
      doc.getText('t').insert(5, ', world');
      doc.getText('t').delete(0, 1);
      doc.getText('t').insert(0, 'J');
      await Promise.resolve();
      const updates = await store.loadUpdates('i-1');
      expect(updates).toHaveLength(4);
      expect(replay(updates)).toBe('Jello, world');
    });

    it('compacts the updates it was asked to into one state, keeping later ones', async () => {
      const store = make();
      const { doc, state } = documentWith('a');
      await store.putLink(link, state);
      const add = async (text: string) => {
        const before = Y.encodeStateVector(doc);
        doc.getText('t').insert(doc.getText('t').length, text);
        await store.addUpdate('i-1', Y.encodeStateAsUpdate(doc, before));
      };
      await add('b');
      const compacted = Y.encodeStateAsUpdate(doc);
      await add('c');
      await store.compactUpdates('i-1', compacted, 2);
      const updates = await store.loadUpdates('i-1');
      expect(updates).toHaveLength(2);
      expect(replay(updates)).toBe('abc');
    });

    it('forgets the link and the updates of an unlinked draft, and only those', async () => {
      const store = make();
      await store.putLink(link, documentWith('mine').state);
      await store.putLink({ ...link, issueId: 'i-2', slug: 'other' }, documentWith('theirs').state);
      await store.removeLink('i-1');
      expect(await store.getLink('i-1')).toBeUndefined();
      expect(await store.loadUpdates('i-1')).toEqual([]);
      expect(replay(await store.loadUpdates('i-2'))).toBe('theirs');
    });
  });
}
