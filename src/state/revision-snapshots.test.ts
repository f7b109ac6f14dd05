import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eksNewsTemplate } from '../core/template/eks-news';
import { newIssue } from '../core/template/new-issue';
import { MemoryIssueRepository } from '../persistence/memory-issue-repository';
import { createEditorStore, type EditorStore } from './create-editor-store';
import { startRevisionSnapshots, type RevisionSnapshots } from './revision-snapshots';

let repository: MemoryIssueRepository;
let store: EditorStore;
let snapshots: RevisionSnapshots;
let clock: number;

const MINUTE = 60_000;
const s = () => store.getState();
const reasons = async () => {
  await snapshots.settled();
  return (await repository.listRevisions(s().issue.id)).map((r) => r.reason).reverse();
};

async function open(): Promise<void> {
  const issue = newIssue(eksNewsTemplate, '080', '2025-01-09T15:00:00Z', 1);
  const revision = await repository.put(issue);
  store = createEditorStore(issue, { revision, now: () => clock });
  snapshots = startRevisionSnapshots(store, repository);
}

/** A change to the open issue, `minutes` after the one before it. */
function editAfter(minutes: number, n: number): void {
  clock += minutes * MINUTE;
  s().addLinkCard(`https://example.com/${n}`, s().issue.sections[0]!.id, `Card ${n}`);
}

beforeEach(() => {
  clock = 1_700_000_000_000;
  repository = new MemoryIssueRepository({ now: () => clock });
});

afterEach(() => snapshots.dispose());

describe('revisions of an open issue', () => {
  it('takes none on opening, and the version as opened at the first change', async () => {
    await open();
    const opened = s().issue;
    expect(await reasons()).toEqual([]);
    editAfter(0, 1);
    expect(await reasons()).toEqual(['opened']);
    const [meta] = await repository.listRevisions(opened.id);
    expect((await repository.getRevision(meta!.id))?.snapshot).toEqual(opened);
  });

  it('takes none at the first change when the newest revision holds the issue as opened', async () => {
    await open();
    await repository.addRevision(s().issue.id, s().issue, 'exported');
    editAfter(0, 1);
    expect(await reasons()).toEqual(['exported']);
  });

  it('takes one every ten minutes of editing, pauses counting a minute at most', async () => {
    await open();
    editAfter(0, 0);
    for (let n = 1; n <= 9; n++) editAfter(1, n);
    expect(await reasons()).toEqual(['opened']);
    editAfter(1, 10);
    expect(await reasons()).toEqual(['opened', 'periodic']);
    const [newest] = await repository.listRevisions(s().issue.id);
    expect((await repository.getRevision(newest!.id))?.snapshot).toEqual(s().issue);
    // A long lunch counts one minute: nine more minutes of editing make the next one.
    editAfter(90, 11);
    for (let n = 12; n <= 19; n++) editAfter(1, n);
    expect(await reasons()).toEqual(['opened', 'periodic']);
    editAfter(1, 20);
    expect(await reasons()).toEqual(['opened', 'periodic', 'periodic']);
  });

  it('keeps the issue for a moment, once while it stays the same', async () => {
    await open();
    await snapshots.keep('exported');
    await snapshots.keep('exported');
    await snapshots.keep('shared');
    editAfter(1, 1);
    await snapshots.keep('exported');
    expect(await reasons()).toEqual(['exported', 'shared', 'exported']);
    const [newest] = await repository.listRevisions(s().issue.id);
    expect((await repository.getRevision(newest!.id))?.snapshot).toEqual(s().issue);
  });

  it('takes none for the stored version replacing this tab’s, nor while read-only', async () => {
    await open();
    const stored = { ...s().issue, preamble: 'from the other tab' };
    s().replaceWithStored(stored, 2);
    s().setReadOnly(true);
    await snapshots.keep('exported');
    expect(await reasons()).toEqual([]);
    s().setReadOnly(false);
    snapshots.dispose();
    editAfter(1, 1);
    expect(await reasons()).toEqual([]);
  });
});
