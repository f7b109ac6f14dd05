// Dexie's liveQuery runs only where it found a global indexedDB when it loaded.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestIssue } from '../../test/support/test-issue';
import { DexieIssueRepository } from './dexie-issue-repository';

describe('DexieIssueRepository and the template an issue belongs to', () => {
  const open: DexieIssueRepository[] = [];
  afterEach(() => open.splice(0).forEach((repo) => repo.close()));

  it('keeps the template id of a draft and of an archived issue, in the stored issue itself', async () => {
    const repository = new DexieIssueRepository({ indexedDB: new IDBFactory(), IDBKeyRange });
    open.push(repository);
    const draft = { ...buildTestIssue(), id: 'draft', templateId: 'flux-updates' };
    const archived = { ...buildTestIssue(), id: 'archived', templateId: 'eks-news' };
    await repository.put(draft, 0);
    await repository.writeBatch({ issues: [{ issue: archived, archived: true }], revisions: [] });
    expect((await repository.get('draft'))?.issue.templateId).toBe('flux-updates');
    expect((await repository.get('archived'))?.issue.templateId).toBe('eks-news');
  });
});
