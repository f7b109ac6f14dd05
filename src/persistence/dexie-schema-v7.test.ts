// The version 6 to 7 upgrade: an archived issue is stored whole, in one row, with one link row
// for the issue (cut into link part rows by the version 9 upgrade that follows). A database written by version 6, with the corpus's 054 and 056 archived and 078
// a draft, each in its head, block and link rows, is opened by the current code: the archived
// ones read back the same from their one row and their links are found; the draft keeps its
// rows; an archived issue missing a block stays as it was; editing an archived issue stores it in
// parts again.

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { findFeatured } from '../core/links/link-index';
import { importIssue } from '../core/markdown/import-issue';
import type { Issue, LinkCard } from '../core/model/types';
import { readCorpus } from '../../test/helpers/corpus';
import { toIssueRow } from './dexie-issue-rows';
import { CURRENT_SCHEMA_VERSION, declareSchema } from './dexie-schema';
import { DexieIssueRepository } from './dexie-issue-repository';
import { splitIssue } from './issue-parts';
import { issueLinkRowOf, linkRowOf } from './link-rows';
import { issueLinkPartsOf } from './issue-link-parts-of';

const NAME = 'broadsheet-upgrade-v7';

const stored = (id: string, name: string): Issue =>
  importIssue(readCorpus(name), { id, now: 1_000 });

const archived054 = stored('a-054', '054.md');
const archived056 = stored('a-056', '056.md');
const draft078 = stored('d-078', '078.md');

/** A URL 056 featured as a card's link, and the card. */
const card056 = archived056.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'card') as
  LinkCard | undefined;

/** Writes the issues as version 6 did: head, one row per block and one link row per block. */
async function writeVersion6(
  indexedDB: IDBFactory,
  issues: [Issue, boolean][],
  drop?: string,
): Promise<void> {
  const db = new Dexie(NAME, { indexedDB, IDBKeyRange });
  declareSchema(db, 6);
  for (const [issue, isArchived] of issues) {
    const { head, parts } = splitIssue(issue);
    const kept = parts.filter(({ key }) => key !== drop);
    await db.table('issues').add({ ...toIssueRow(issue, 4, isArchived), stamp: 'w-old' });
    await db.table('issueHeads').add({ id: issue.id, head });
    await db
      .table('issueBlocks')
      .bulkAdd(kept.map(({ key, block }) => ({ issueId: issue.id, key, block })));
    await db.table('links').bulkAdd(kept.map(({ key, block }) => linkRowOf(issue.id, key, block)));
  }
  expect(db.verno).toBe(6);
  db.close();
}

function open(indexedDB: IDBFactory): DexieIssueRepository {
  return new DexieIssueRepository({ name: NAME, indexedDB, IDBKeyRange });
}

async function rowCounts(repo: DexieIssueRepository, id: string) {
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

describe('schema upgrade to version 7', () => {
  it('stores each archived issue whole and finds its links; a draft keeps its parts', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion6(indexedDB, [
      [archived054, true],
      [archived056, true],
      [draft078, false],
    ]);
    const repo = open(indexedDB);
    try {
      expect(await repo.get(archived056.id)).toEqual({
        issue: archived056,
        rev: 4,
        archived: true,
      });
      expect(await repo.get(archived054.id)).toEqual({
        issue: archived054,
        rev: 4,
        archived: true,
      });
      expect(await repo.get(draft078.id)).toEqual({ issue: draft078, rev: 4, archived: false });
      expect(repo.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await rowCounts(repo, archived056.id)).toEqual({
        whole: 1,
        linkParts: issueLinkPartsOf(issueLinkRowOf(archived056, '056')).length,
        heads: 0,
        blocks: 0,
        links: 0,
      });
      const draftParts = splitIssue(draft078).parts.length;
      expect(await rowCounts(repo, draft078.id)).toEqual({
        whole: 0,
        linkParts: 0,
        heads: 1,
        blocks: draftParts,
        links: draftParts,
      });
      const url = card056!.url;
      const found = findFeatured(await repo.findLinks([url]), url);
      expect(found[0]).toEqual({
        issueId: archived056.id,
        slug: '056',
        cardId: card056!.id,
        cardTitle: card056!.title,
        where: 'card',
        url,
      });
      const listed = await repo.listSummaries();
      expect(listed.map((s) => [s.id, s.archived, s.rev])).toContainEqual([
        archived056.id,
        true,
        4,
      ]);
    } finally {
      repo.close();
    }
  });

  it('stores an archived issue in parts again at its first edit, and its links follow', async () => {
    const indexedDB = new IDBFactory();
    await writeVersion6(indexedDB, [[archived056, true]]);
    const repo = open(indexedDB);
    try {
      const { issue, rev } = (await repo.get(archived056.id))!;
      expect(await rowCounts(repo, archived056.id)).toMatchObject({ whole: 1, blocks: 0 });
      const [first, ...rest] = issue.sections;
      const edited: Issue = {
        ...issue,
        sections: [
          {
            ...first!,
            blocks: first!.blocks.map((b) =>
              b.id === card056!.id ? { ...card056!, url: 'https://example.com/moved' } : b,
            ),
          },
          ...rest,
        ],
      };
      expect(await repo.put(edited, rev)).toBe(5);
      expect(await repo.get(archived056.id)).toEqual({ issue: edited, rev: 5, archived: true });
      const counts = await rowCounts(repo, archived056.id);
      expect(counts).toMatchObject({ whole: 0, linkParts: 0, heads: 1 });
      expect(counts.blocks).toBe(splitIssue(edited).parts.length);
      expect(findFeatured(await repo.findLinks([card056!.url]), card056!.url)).toEqual([]);
      const moved = findFeatured(
        await repo.findLinks(['https://example.com/moved']),
        'https://example.com/moved',
      );
      expect(moved.map((o) => [o.slug, o.cardId])).toEqual([['056', card056!.id]]);
    } finally {
      repo.close();
    }
  });

  it('leaves an archived issue missing a block in parts, as it was, and still opens', async () => {
    const indexedDB = new IDBFactory();
    const missing = splitIssue(archived054).parts[3]!.key;
    await writeVersion6(indexedDB, [[archived054, true]], missing);
    await writeVersion6(indexedDB, [[archived056, true]]);
    const repo = open(indexedDB);
    try {
      await expect(repo.get(archived054.id)).rejects.toThrow('the block is missing');
      const counts = await rowCounts(repo, archived054.id);
      expect(counts).toMatchObject({ whole: 0, linkParts: 0, heads: 1 });
      expect(counts.blocks).toBe(splitIssue(archived054).parts.length - 1);
      expect(await repo.get(archived056.id)).toEqual({
        issue: archived056,
        rev: 4,
        archived: true,
      });
    } finally {
      repo.close();
    }
  });
});
