// The version 4 to 5 upgrade: the link index is filled from the blocks already stored. A
// database written by version 4, with data, is opened by the current code: every link of every
// stored issue is found, a damaged block costs only its own links, and later saves keep the index
// current.

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { findFeatured } from '../core/links/link-index';
import type { Issue } from '../core/model/types';
import { toIssueRow } from './dexie-issue-rows';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './dexie-schema';
import { DexieIssueRepository } from './dexie-issue-repository';
import { splitIssue } from './issue-parts';
import { buildTestIssue } from '../../test/support/test-issue';

const NAME = 'broadsheet-upgrade-v5';

const draft = buildTestIssue({ slug: '079', cards: 40, sections: 5, updatedAt: 2_000 });
const archived = buildTestIssue({ slug: '054', cards: 3, status: 'published', updatedAt: 1_000 });

async function writeVersion4(indexedDB: IDBFactory, issues: [Issue, boolean][]): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  declareSchema(db, 4);
  for (const [issue, isArchived] of issues) {
    const { head, parts } = splitIssue(issue);
    await db.table('issues').add(toIssueRow(issue, 3, isArchived));
    await db.table('issueHeads').add({ id: issue.id, head });
    await db
      .table('issueBlocks')
      .bulkAdd(parts.map(({ key, block }) => ({ issueId: issue.id, key, block })));
  }
  expect(db.verno).toBe(4);
  db.close();
}

describe('schema upgrade to version 5', () => {
  it('fills the link index from every stored block', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion4(indexedDB, [
      [draft, false],
      [archived, true],
    ]);
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    try {
      const url = 'https://example.com/articles/3';
      const found = findFeatured(await repo.findLinks([url]), url);
      expect(found.map((o) => [o.slug, o.cardId, o.where])).toEqual([
        ['054', `${archived.id}-c3`, 'card'],
        ['079', `${draft.id}-c3`, 'card'],
      ]);
      expect(repo.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      // One row per block: the intro and every card.
      expect(await repo.db.links.where('issueId').equals(draft.id).count()).toBe(1 + 40);
      expect(await repo.get(draft.id)).toEqual({ issue: draft, rev: 3, archived: false });
      await repo.delete(archived.id);
      expect(findFeatured(await repo.findLinks([url]), url).map((o) => o.slug)).toEqual(['079']);
    } finally {
      repo.close();
    }
  });

  it('leaves out the links of a damaged block, and still opens', async () => {
    const indexedDB = new IDBFactory();
    // Not archived: version 7 stores an archived issue whole, block rows and all.
    await writeVersion4(indexedDB, [[archived, false]]);
    const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
    declareSchema(db, 4);
    await db
      .table('issueBlocks')
      .put({ issueId: archived.id, key: 'broken', block: 'not a block' });
    db.close();
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    try {
      const url = 'https://example.com/articles/1';
      expect(findFeatured(await repo.findLinks([url]), url)).toHaveLength(1);
      expect(await repo.db.links.where('issueId').equals(archived.id).count()).toBe(1 + 3);
    } finally {
      repo.close();
    }
  });
});
