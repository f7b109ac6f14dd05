// An issue written archived in a batch (an archive import, a restore) is stored whole: one row and
// its link part rows (a few URLs to a row), no head or block rows. These tests watch the rows, and that the issue reads back
// the same and its links are found, through every change of shape: whole over parts, parts over
// whole (its first edit, or a batch writing it as a draft), and a delete.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { findFeatured, issueLinks } from '../core/links/link-index';
import { normalizeUrl } from '../core/links/normalize-url';
import type { Issue, LinkCard } from '../core/model/types';
import { DexieIssueRepository } from './dexie-issue-repository';
import { URLS_PER_PART } from './issue-link-parts-of';
import { buildTestIssue } from '../../test/support/test-issue';

const open: DexieIssueRepository[] = [];
afterEach(() => open.splice(0).forEach((repo) => repo.close()));

function repository(): DexieIssueRepository {
  const repo = new DexieIssueRepository({
    name: 'whole',
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  open.push(repo);
  return repo;
}

async function rowsOf(repo: DexieIssueRepository, id: string) {
  const { db } = repo;
  return {
    whole: await db.wholeIssues.where('id').equals(id).count(),
    linkParts: await db.issueLinkParts
      .where('[issueId+part]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .count(),
    heads: await db.issueHeads.where('id').equals(id).count(),
    blocks: await db.issueBlocks.where('issueId').equals(id).count(),
    links: await db.links.where('issueId').equals(id).count(),
  };
}

/** The rows of an issue stored whole: one row, and a link part row per URLS_PER_PART URLs. */
function wholeRows(issue: Issue) {
  const urls = new Set(issueLinks(issue).map((link) => normalizeUrl(link.url)));
  const linkParts = Math.ceil(urls.size / URLS_PER_PART);
  return { whole: 1, linkParts, heads: 0, blocks: 0, links: 0 };
}

/** Where `url` occurs, as "slug card-id". */
async function placesOf(repo: DexieIssueRepository, url: string): Promise<string[]> {
  return findFeatured(await repo.findLinks([url]), url).map((o) => `${o.slug} ${o.cardId}`);
}

function withFirstUrl(issue: Issue, url: string): Issue {
  const [first, ...rest] = issue.sections;
  const [card, ...cards] = first!.blocks as LinkCard[];
  return { ...issue, sections: [{ ...first!, blocks: [{ ...card!, url }, ...cards] }, ...rest] };
}

describe('storing an archived issue whole', () => {
  it('writes one row and its link part rows for an issue a batch writes archived', async () => {
    const repo = repository();
    const issue = buildTestIssue({ slug: '054', cards: 40, sections: 5 });
    await repo.writeBatch({ issues: [{ issue, archived: true }], revisions: [] });
    expect(await rowsOf(repo, issue.id)).toEqual(wholeRows(issue));
    expect(wholeRows(issue).linkParts).toBeGreaterThan(3);
    expect(await repo.get(issue.id)).toEqual({ issue, rev: 1, archived: true });
    expect(await placesOf(repo, 'https://example.com/articles/7')).toEqual([`054 ${issue.id}-c7`]);
    expect(await placesOf(repo, 'https://example.com/articles/40')).toEqual([
      `054 ${issue.id}-c40`,
    ]);
  });

  it('drops the link parts an issue written whole again no longer has', async () => {
    const repo = repository();
    const issue = buildTestIssue({ slug: '059', cards: 40, sections: 5 });
    await repo.writeBatch({ issues: [{ issue, archived: true }], revisions: [] });
    const shorter = buildTestIssue({ slug: '059', cards: 3 });
    expect(shorter.id).toBe(issue.id);
    await repo.writeBatch({ issues: [{ issue: shorter, archived: true }], revisions: [] });
    expect(await rowsOf(repo, issue.id)).toEqual(wholeRows(shorter));
    expect(await placesOf(repo, 'https://example.com/articles/40')).toEqual([]);
    expect(await placesOf(repo, 'https://example.com/articles/3')).toEqual([`059 ${issue.id}-c3`]);
  });

  it('replaces the part rows of an issue stored in parts, and keeps counting revisions', async () => {
    const repo = repository();
    const issue = buildTestIssue({ slug: '055', cards: 6 });
    await repo.put(issue);
    const again = withFirstUrl(issue, 'https://example.com/reimported');
    await repo.writeBatch({ issues: [{ issue: again, archived: true }], revisions: [] });
    expect(await rowsOf(repo, issue.id)).toEqual(wholeRows(again));
    expect(await repo.get(issue.id)).toEqual({ issue: again, rev: 2, archived: true });
    expect(await placesOf(repo, 'https://example.com/articles/1')).toEqual([]);
    expect(await placesOf(repo, 'https://example.com/reimported')).toEqual([`055 ${issue.id}-c1`]);
  });

  it('stores it in parts at its first edit, then writes only what changes', async () => {
    const repo = repository();
    const issue = buildTestIssue({ slug: '056', cards: 12 });
    await repo.writeBatch({ issues: [{ issue, archived: true }], revisions: [] });
    const edited = withFirstUrl(issue, 'https://example.com/edited');
    const rev = await repo.put(edited, 1);
    expect(rev).toBe(2);
    const rows = await rowsOf(repo, issue.id);
    expect(rows).toMatchObject({ whole: 0, linkParts: 0, heads: 1 });
    expect(rows.blocks).toBe(1 + 12);
    expect(rows.links).toBe(1 + 12);
    expect(await repo.get(issue.id)).toEqual({ issue: edited, rev: 2, archived: true });
    expect(await placesOf(repo, 'https://example.com/articles/1')).toEqual([]);
    expect(await placesOf(repo, 'https://example.com/edited')).toEqual([`056 ${issue.id}-c1`]);
    expect(await repo.put(withFirstUrl(edited, 'https://example.com/twice'), rev)).toBe(3);
    expect(await placesOf(repo, 'https://example.com/twice')).toEqual([`056 ${issue.id}-c1`]);
  });

  it('stores it in parts when a batch writes it as a draft', async () => {
    const repo = repository();
    const issue = buildTestIssue({ slug: '057', cards: 3 });
    await repo.writeBatch({ issues: [{ issue, archived: true }], revisions: [] });
    await repo.writeBatch({ issues: [{ issue, archived: false }], revisions: [] });
    expect(await rowsOf(repo, issue.id)).toEqual({
      whole: 0,
      linkParts: 0,
      heads: 1,
      blocks: 1 + 3,
      links: 1 + 3,
    });
    expect(await repo.get(issue.id)).toEqual({ issue, rev: 2, archived: false });
  });

  it('leaves no rows behind when it is deleted', async () => {
    const repo = repository();
    const issue = buildTestIssue({ slug: '058', cards: 3 });
    await repo.writeBatch({ issues: [{ issue, archived: true }], revisions: [] });
    await repo.delete(issue.id);
    expect(await rowsOf(repo, issue.id)).toEqual({
      whole: 0,
      linkParts: 0,
      heads: 0,
      blocks: 0,
      links: 0,
    });
    expect(await repo.get(issue.id)).toBeUndefined();
    expect(await placesOf(repo, 'https://example.com/articles/1')).toEqual([]);
  });
});
