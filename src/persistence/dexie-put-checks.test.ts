// A put validates the head and what changed since this repository's last write of the issue
// (admit-issue-parts.ts): a bad value is still refused, and nothing of it is stored.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Issue, LinkCard } from '../core/model/types';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { buildTestIssue } from '../../test/support/test-issue';
import { DexieIssueRepository } from './dexie-issue-repository';

function withCard(issue: Issue, card: unknown): Issue {
  const [first, ...rest] = issue.sections;
  const blocks = first!.blocks.map((block, index) => (index === 2 ? card : block));
  return { ...issue, sections: [{ ...first!, blocks }, ...rest] } as Issue;
}

describe('DexieIssueRepository put after a first write', () => {
  const open: DexieIssueRepository[] = [];
  afterEach(() => open.splice(0).forEach((repo) => repo.close()));

  function repository(indexedDB = new IDBFactory()): DexieIssueRepository {
    const repo = new DexieIssueRepository({ name: 'checks', indexedDB, IDBKeyRange });
    open.push(repo);
    return repo;
  }

  it('refuses an edited card with a bad field, and keeps what was stored', async () => {
    const repo = repository();
    const issue = buildTestIssue({ cards: 12, sections: 2 });
    const rev = await repo.put(issue);
    const card = issue.sections[0]!.blocks[2] as LinkCard;
    const bad = withCard(issue, { ...card, url: undefined });
    await expect(repo.put(bad, rev)).rejects.toThrow(
      new InvalidRecordError('sections[0].blocks[2].url', 'expected a string, found undefined'),
    );
    expect(await repo.get(issue.id)).toMatchObject({ issue, rev });
    const good = withCard(issue, { ...card, title: 'Edited' });
    expect(await repo.put(good, rev)).toBe(rev + 1);
    expect((await repo.get(issue.id))!.issue).toEqual(good);
  });

  it('refuses a bad head when no block changed', async () => {
    const repo = repository();
    const issue = buildTestIssue({ cards: 4 });
    const rev = await repo.put(issue);
    const bad = { ...issue, status: 'lost' } as unknown as Issue;
    await expect(repo.put(bad, rev)).rejects.toThrow(/^status: /);
    expect((await repo.get(issue.id))!.issue.status).toBe(issue.status);
  });

  it('refuses a bad card after another tab wrote the issue meanwhile', async () => {
    const indexedDB = new IDBFactory();
    const [tabA, tabB] = [repository(indexedDB), repository(indexedDB)];
    const issue = buildTestIssue({ cards: 6, sections: 2 });
    await tabA.put(issue);
    const theirs = { ...issue, preamble: 'Theirs' };
    const rev = await tabB.put(theirs, 1);
    const card = issue.sections[0]!.blocks[2] as LinkCard;
    const bad = withCard(theirs, { ...card, bullets: 'none' });
    await expect(tabA.put(bad, rev)).rejects.toThrow(/^sections\[0\]\.blocks\[2\]\.bullets: /);
    expect(await tabA.get(issue.id)).toMatchObject({ issue: theirs, rev });
  });
});
