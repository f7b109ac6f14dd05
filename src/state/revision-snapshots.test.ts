import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eksNewsTemplate } from '../core/template/eks-news';
import { newIssue } from '../core/template/new-issue';
import { MemoryIssueRepository } from '../persistence/memory-issue-repository';
import { createEditorStore, type EditorStore } from './create-editor-store';
import { startRevisionSnapshots, type RevisionSnapshots } from './revision-snapshots';

let repository: MemoryIssueRepository;
let store: EditorStore;
let snapshots: RevisionSnapshots | undefined;

const MINUTE = 60_000;
const s = () => store.getState();
const reasons = async () =>
  (await repository.listRevisions(s().issue.id)).map((r) => r.reason).reverse();

async function open(): Promise<void> {
  const issue = newIssue(eksNewsTemplate, '080', '2025-01-09T15:00:00Z', 1);
  const revision = await repository.put(issue);
  store = createEditorStore(issue, { revision });
  snapshots = startRevisionSnapshots(store, repository);
  await snapshots.opened;
}

beforeEach(() => {
  vi.useFakeTimers();
  repository = new MemoryIssueRepository();
});

afterEach(() => {
  snapshots?.dispose();
  vi.useRealTimers();
});

describe('revisions of an open issue', () => {
  it('takes one when the issue is opened', async () => {
    await open();
    expect(await reasons()).toEqual(['opened']);
    const [meta] = await repository.listRevisions(s().issue.id);
    expect((await repository.getRevision(meta!.id))?.snapshot).toEqual(s().issue);
  });

  it('takes none on opening when the newest revision holds the same issue', async () => {
    await open();
    snapshots!.dispose();
    snapshots = startRevisionSnapshots(store, repository);
    await snapshots.opened;
    expect(await reasons()).toEqual(['opened']);
  });

  it('takes one every three minutes while the issue changes, none while it does not', async () => {
    await open();
    s().addLinkCard('https://example.com/a', s().issue.sections[0]!.id);
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(await reasons()).toEqual(['opened']);
    await vi.advanceTimersByTimeAsync(1 * MINUTE);
    expect(await reasons()).toEqual(['opened', 'periodic']);
    await vi.advanceTimersByTimeAsync(9 * MINUTE);
    expect(await reasons()).toEqual(['opened', 'periodic']);
    s().undo();
    s().redo();
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(await reasons()).toEqual(['opened', 'periodic']);
    s().addLinkCard('https://example.com/b', s().issue.sections[0]!.id);
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(await reasons()).toEqual(['opened', 'periodic', 'periodic']);
  });

  it('takes none while the tab is read-only, and stops when disposed', async () => {
    await open();
    const section = s().issue.sections[0]!.id;
    s().addLinkCard('https://example.com/a', section);
    s().setReadOnly(true);
    await vi.advanceTimersByTimeAsync(3 * MINUTE);
    expect(await reasons()).toEqual(['opened']);
    s().setReadOnly(false);
    snapshots!.dispose();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(await reasons()).toEqual(['opened']);
  });
});
