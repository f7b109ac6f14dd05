// The link lookup's read over IndexedDB itself: every row holding a looked-up URL, from the link
// part rows of archived issues and the block link rows of drafts, each once, with the drafts'
// slugs and template ids; and a refusal, not a hang, when storage cannot answer.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Issue } from '../core/model/types';
import { buildTestIssue } from '../../test/support/test-issue';
import { DexieIssueRepository } from './dexie-issue-repository';
import { lookupKeys } from './link-rows';
import { readLinkRows } from './read-link-rows';

const open: DexieIssueRepository[] = [];
afterEach(() => open.splice(0).forEach((repo) => repo.close()));

async function repository(): Promise<DexieIssueRepository> {
  const repo = new DexieIssueRepository({ name: 'rows', indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(repo);
  await repo.db.open();
  return repo;
}

const first = 'https://example.com/articles/1';
const second = 'https://example.com/articles/2';

async function archive(repo: DexieIssueRepository, issue: Issue): Promise<void> {
  await repo.writeBatch({ issues: [{ issue, archived: true }], revisions: [] });
}

describe('readLinkRows', () => {
  it('reads each row holding any looked-up URL once, from archived issues and drafts', async () => {
    const repo = await repository();
    const archived = buildTestIssue({ slug: '040', cards: 3 });
    const draft: Issue = { ...buildTestIssue({ slug: '041', cards: 2 }), templateId: 'flux' };
    await archive(repo, archived);
    await repo.put(draft);

    // Both URLs sit in the archived issue's first part row and in two blocks of the draft.
    const found = await readLinkRows(repo.db.backendDB(), lookupKeys([first, second, first]));

    expect(found.wholeRows.map((row) => [row.issueId, row.part])).toEqual([[archived.id, 0]]);
    expect(found.blockRows.map((row) => row.issueId)).toEqual([draft.id, draft.id]);
    expect(found.owners).toEqual(
      new Map([[draft.id, { issueId: draft.id, slug: '041', templateId: 'flux' }]]),
    );
  });

  it('reads no issue rows when no draft holds the URLs', async () => {
    const repo = await repository();
    await archive(repo, buildTestIssue({ slug: '040', cards: 1 }));
    const found = await readLinkRows(repo.db.backendDB(), lookupKeys([first]));
    expect(found.wholeRows).toHaveLength(1);
    expect(found.blockRows).toEqual([]);
    expect(found.owners.size).toBe(0);
  });

  it('leaves out the owner of a block row whose issue row is gone', async () => {
    const repo = await repository();
    const draft = buildTestIssue({ slug: '041', cards: 1 });
    await repo.put(draft);
    await repo.db.issues.delete(draft.id);
    const found = await readLinkRows(repo.db.backendDB(), lookupKeys([first]));
    expect(found.blockRows).toHaveLength(1);
    expect(found.owners.size).toBe(0);
  });

  it('refuses when the database is closed', async () => {
    const repo = await repository();
    const idb = repo.db.backendDB();
    repo.close();
    await expect(readLinkRows(idb, lookupKeys([first]))).rejects.toThrow();
  });
});
