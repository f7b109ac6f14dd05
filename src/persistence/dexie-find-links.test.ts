// The newsletter of each link the Dexie link index finds: a link part row of an issue stored whole
// carries its issue's template id (a link row written before rows held it has it from the stored
// issue since the version 9 upgrade, dexie-schema-v9.test.ts); a draft stored in parts has its
// head's. An issue stored before issues recorded a template id is EKS News's
// (occurrenceTemplateId).
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { findFeatured } from '../core/links/link-index';
import type { Issue } from '../core/model/types';
import { buildTestIssue } from '../../test/support/test-issue';
import { DexieIssueRepository } from './dexie-issue-repository';

const open: DexieIssueRepository[] = [];
afterEach(() => open.splice(0).forEach((repo) => repo.close()));

function repository(): DexieIssueRepository {
  const repo = new DexieIssueRepository({ name: 'find', indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(repo);
  return repo;
}

const url = 'https://example.com/articles/1';
const fluxIssue: Issue = { ...buildTestIssue({ slug: '2024-02', cards: 1 }), templateId: 'flux' };
const eksIssue: Issue = { ...buildTestIssue({ slug: '061', cards: 1 }), templateId: 'eks-news' };

async function archive(repo: DexieIssueRepository, ...issues: Issue[]): Promise<void> {
  await repo.writeBatch({
    issues: issues.map((issue) => ({ issue, archived: true })),
    revisions: [],
  });
}

/** The issues that featured `url`, as a draft of the newsletter `templateId` is told. */
async function featuredIn(repo: DexieIssueRepository, templateId: string): Promise<string[]> {
  const index = await repo.findLinks([url, 'https://example.com/other']);
  return findFeatured(index, url, { templateId }).map((o) => o.issueId);
}

describe('findLinks and the newsletter of each link', () => {
  it('writes the template id into the link rows of an issue stored whole', async () => {
    const repo = repository();
    await archive(repo, fluxIssue, eksIssue);
    expect((await repo.db.issueLinkParts.get([fluxIssue.id, 0]))?.templateId).toBe('flux');
    expect(await featuredIn(repo, 'flux')).toEqual([fluxIssue.id]);
    expect(await featuredIn(repo, 'eks-news')).toEqual([eksIssue.id]);
    // The one-link lookup of a paste takes the same path outside a transaction.
    const pasted = await repo.findLinks([url]);
    expect(findFeatured(pasted, url, { templateId: 'flux' }).map((o) => o.issueId)).toEqual([
      fluxIssue.id,
    ]);
  });

  it('counts an archived issue imported before issues had a template id as EKS News', async () => {
    const repo = repository();
    const before = buildTestIssue({ slug: '040', cards: 1 });
    await archive(repo, fluxIssue, before);
    expect(await featuredIn(repo, 'eks-news')).toEqual([before.id]);
    expect(await featuredIn(repo, 'flux')).toEqual([fluxIssue.id]);
  });

  it('takes a draft’s template id from its head, and follows it when it changes', async () => {
    const repo = repository();
    const draft: Issue = { ...buildTestIssue({ slug: '2024-03', cards: 2 }), templateId: 'flux' };
    const rev = await repo.put(draft);
    expect(await featuredIn(repo, 'flux')).toEqual([draft.id]);
    expect(await featuredIn(repo, 'eks-news')).toEqual([]);
    await repo.put({ ...draft, templateId: 'eks-news' }, rev);
    expect(await featuredIn(repo, 'flux')).toEqual([]);
    expect(await featuredIn(repo, 'eks-news')).toEqual([draft.id]);
  });
});
