// The version 8 to 9 upgrade: the one link row of each issue stored whole is cut into link part
// rows of a few URLs, and the link row table goes. A database written by version 8, with issues
// stored whole (one whose link row was written before link rows held a template id, one from
// before issues had one) and a draft in parts, is opened by the current code: every link is found
// in the newsletter it was before, the draft's too, and a later write or delete keeps the parts
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
import { issueLinkRowOf, linkRowOf } from './link-rows';
import { URLS_PER_PART } from './issue-link-parts-of';
import { buildTestIssue } from '../../test/support/test-issue';

const NAME = 'broadsheet-upgrade-v9';

const flux: Issue = { ...buildTestIssue({ slug: '2024-02', cards: 40 }), templateId: 'flux' };
const eks: Issue = { ...buildTestIssue({ slug: '061', cards: 2 }), templateId: 'eks-news' };
const before = buildTestIssue({ slug: '040', cards: 2 });
const draft: Issue = { ...buildTestIssue({ slug: '2024-03', cards: 2 }), templateId: 'flux' };

/**
 * Writes as version 8 did: each archived issue whole with its one link row (`eks`'s without its
 * template id, as link rows were written before they held one), the draft in parts.
 */
async function writeVersion8(indexedDB: IDBFactory): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  declareSchema(db, 8);
  for (const issue of [flux, eks, before]) {
    const { templateId: _written, ...linkRow } = issueLinkRowOf(
      issue,
      toIssueRow(issue, 2, true).slug,
    );
    await db.table('issues').add({ ...toIssueRow(issue, 2, true), whole: 1 });
    await db.table('wholeIssues').add({ id: issue.id, issue });
    await db.table('issueLinks').add(issue === eks ? linkRow : issueLinkRowOf(issue, linkRow.slug));
  }
  const { head, parts } = splitIssue(draft);
  await db.table('issues').add(toIssueRow(draft, 3, false));
  await db.table('issueHeads').add({ id: draft.id, head });
  await db
    .table('issueBlocks')
    .bulkAdd(parts.map(({ key, block }) => ({ issueId: draft.id, key, block })));
  await db.table('links').bulkAdd(parts.map(({ key, block }) => linkRowOf(draft.id, key, block)));
  expect(db.verno).toBe(8);
  db.close();
}

/** The slugs of the issues that featured `url`, within the newsletter `templateId`. */
async function featuredIn(repo: DexieIssueRepository, url: string, templateId: string) {
  return findFeatured(await repo.findLinks([url]), url, { templateId }).map((o) => o.slug);
}

describe('schema upgrade to version 9', () => {
  it('cuts each link row into part rows, each with its issue’s template id', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion8(indexedDB);
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    try {
      expect(repo.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(repo.db.tables.map((table) => table.name)).not.toContain('issueLinks');
      const rows = await repo.db.issueLinkParts.toArray();
      const urlsOf = (issue: Issue) => issueLinkRowOf(issue, '').urls.length;
      for (const issue of [flux, eks, before]) {
        const own = rows.filter((row) => row.issueId === issue.id);
        expect(own.map((row) => row.part)).toEqual([...own.keys()]);
        expect(own.length).toBe(Math.ceil(urlsOf(issue) / URLS_PER_PART));
        expect(own.every((row) => row.templateId === issue.templateId)).toBe(true);
      }
      const url = 'https://example.com/articles/2';
      expect(await featuredIn(repo, url, 'flux')).toEqual(['2024-02', '2024-03']);
      expect(await featuredIn(repo, url, 'eks-news')).toEqual(['040', '061']);
      // A URL in the last part row of a 40-card issue.
      expect(await featuredIn(repo, 'https://example.com/articles/40', 'flux')).toEqual([
        '2024-02',
      ]);
    } finally {
      repo.close();
    }
  });

  it('keeps the part rows current through a later write and a delete', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion8(indexedDB);
    const repo = new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
    try {
      const shorter = { ...buildTestIssue({ slug: '2024-02', cards: 1 }), templateId: 'flux' };
      expect(shorter.id).toBe(flux.id);
      await repo.writeBatch({ issues: [{ issue: shorter, archived: true }], revisions: [] });
      expect(await featuredIn(repo, 'https://example.com/articles/40', 'flux')).toEqual([]);
      await repo.delete(eks.id);
      expect(await featuredIn(repo, 'https://example.com/articles/1', 'eks-news')).toEqual(['040']);
      expect(await repo.get(before.id)).toEqual({ issue: before, rev: 2, archived: true });
    } finally {
      repo.close();
    }
  });
});
