// An issue is stored in parts and a put writes only what changed: these tests watch which block
// rows a put writes, and that what is read back is always the whole issue as last put, whoever
// wrote in between.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Issue, LinkCard } from '../core/model/types';
import { DexieIssueRepository } from './dexie-issue-repository';
import { buildTestIssue } from '../../test/support/test-issue';

const open: DexieIssueRepository[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  open.splice(0).forEach((repo) => repo.close());
});

function tabs(count: number): DexieIssueRepository[] {
  const indexedDB = new IDBFactory();
  for (let i = 0; i < count; i++)
    open.push(new DexieIssueRepository({ name: 'parts', indexedDB, IDBKeyRange }));
  return open;
}

/** The issue with the title of the card at `section`/`index` changed. */
function retitled(issue: Issue, section: number, index: number, title: string): Issue {
  return {
    ...issue,
    sections: issue.sections.map((s, i) =>
      i !== section
        ? s
        : { ...s, blocks: s.blocks.map((b, j) => (j === index ? { ...b, title } : b)) },
    ),
  };
}

function writtenKeys(repo: DexieIssueRepository) {
  const bulkPut = vi.spyOn(repo.db.issueBlocks, 'bulkPut');
  return () => bulkPut.mock.calls.flatMap(([rows]) => rows.map((row) => row.key));
}

describe('storing an issue in parts', () => {
  it('writes only the edited card after the first write, and reads back the whole issue', async () => {
    const [repo] = tabs(1);
    const issue = buildTestIssue({ cards: 500, sections: 5 });
    const rev = await repo!.put(issue);
    const written = writtenKeys(repo!);
    const edited = retitled(issue, 2, 7, 'Edited');
    await repo!.put(edited, rev);
    expect(written()).toEqual([edited.sections[2]!.blocks[7]!.id]);
    expect((await repo!.get(issue.id))?.issue).toEqual(edited);
  });

  it('removes the row of a card taken out, and stores a card added', async () => {
    const [repo] = tabs(1);
    const issue = buildTestIssue({ cards: 6, sections: 2 });
    const rev = await repo!.put(issue);
    const [gone, ...rest] = issue.sections[0]!.blocks;
    const added: LinkCard = { ...(gone as LinkCard), id: 'new-card', title: 'Added' };
    const changed: Issue = {
      ...issue,
      sections: [{ ...issue.sections[0]!, blocks: [...rest, added] }, issue.sections[1]!],
    };
    await repo!.put(changed, rev);
    expect((await repo!.get(issue.id))?.issue).toEqual(changed);
    const keys = await repo!.db.issueBlocks.where('issueId').equals(issue.id).primaryKeys();
    expect(keys.map(([, key]) => key)).not.toContain(gone!.id);
    expect(keys).toHaveLength(1 + 6);
  });

  it('still writes a card changed in place in an object it was given before', async () => {
    const [repo] = tabs(1);
    const issue = buildTestIssue({ cards: 6 });
    const rev = await repo!.put(issue);
    (issue.sections[1]!.blocks[0] as LinkCard).title = 'Changed in place';
    await repo!.put(issue, rev);
    const stored = await repo!.get(issue.id);
    expect((stored?.issue.sections[1]!.blocks[0] as LinkCard).title).toBe('Changed in place');
  });

  it("after another tab's write, compares with what is stored, so nothing it changed is kept", async () => {
    const [tabA, tabB] = tabs(2);
    const issue = buildTestIssue({ cards: 12 });
    await tabA!.put(issue);
    const theirs = retitled(issue, 0, 0, 'Theirs');
    await tabB!.put(theirs, 1);
    const written = writtenKeys(tabA!);
    const mine = retitled(issue, 1, 1, 'Mine');
    await tabA!.put(mine);
    // Their card goes back to what this tab holds, and this tab's edit goes in: nothing else.
    const changedCards = [issue.sections[0]!.blocks[0]!.id, issue.sections[1]!.blocks[1]!.id];
    expect(written().sort()).toEqual(changedCards.sort());
    expect((await tabB!.get(issue.id))?.issue).toEqual(mine);
  });

  it('writes only what differs from the stored rows in a new session', async () => {
    const [tabA, tabB] = tabs(2);
    const issue = buildTestIssue({ cards: 500, sections: 5 });
    await tabA!.put(issue);
    // tabB stands for the next session: it did not write this issue.
    const stored = (await tabB!.get(issue.id))!;
    const written = writtenKeys(tabB!);
    const edited = retitled(stored.issue, 3, 9, 'Edited in the next session');
    await tabB!.put(edited, stored.rev);
    expect(written()).toEqual([issue.sections[3]!.blocks[9]!.id]);
    expect((await tabA!.get(issue.id))?.issue).toEqual(edited);
  });

  it('writes every part when the issue was deleted and made again to the same revision', async () => {
    const [tabA, tabB] = tabs(2);
    const issue = buildTestIssue({ cards: 6 });
    await tabA!.put(issue);
    await tabB!.delete(issue.id);
    const other = retitled(retitled(issue, 0, 0, 'Other'), 1, 0, 'Other too');
    await tabB!.put(other, 0);
    const mine = retitled(issue, 2, 0, 'Mine');
    await tabA!.put(mine, 1);
    expect((await tabB!.get(issue.id))?.issue).toEqual(mine);
  });

  it('leaves no rows behind when an issue is deleted', async () => {
    const [repo] = tabs(1);
    const issue = buildTestIssue({ cards: 6 });
    await repo!.put(issue);
    await repo!.delete(issue.id);
    expect(await repo!.db.issueBlocks.count()).toBe(0);
    expect(await repo!.db.issueHeads.count()).toBe(0);
    expect(await repo!.get(issue.id)).toBeUndefined();
  });
});
