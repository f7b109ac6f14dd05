import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eksNewsTemplate } from '../core/template/eks-news';
import { newIssue } from '../core/template/new-issue';
import { MemoryIssueRepository } from '../persistence/memory-issue-repository';
import { FailingRepository } from '../../test/support/failing-repository';
import { startAutosave, type Autosave } from './autosave';
import { createEditorStore, type EditorStore } from './create-editor-store';

let repository: MemoryIssueRepository;
let store: EditorStore;
let autosave: Autosave | undefined;

async function open(repo: Pick<MemoryIssueRepository, 'put'> = repository, options = {}) {
  const issue = newIssue(eksNewsTemplate, '080', '2025-01-09T15:00:00Z', 1);
  const revision = await repository.put(issue);
  store = createEditorStore(issue, { revision });
  autosave = startAutosave(store, repo, options);
}

const s = () => store.getState();
const section = () => s().issue.sections[0]!.id;

beforeEach(() => {
  vi.useFakeTimers();
  repository = new MemoryIssueRepository();
});

afterEach(() => {
  autosave?.dispose();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes once, 500 ms after a burst of edits, guarded by the stored revision', async () => {
    await open();
    const put = vi.spyOn(repository, 'put');
    const card = s().addLinkCard('https://example.com/a', section())!;
    for (const title of ['T', 'Ti', 'Tit', 'Title']) {
      s().updateCardFields(card, { title });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(s().saveStatus).toBe('pending');
    expect(put).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(put).toHaveBeenCalledTimes(1);
    expect(put).toHaveBeenCalledWith(s().issue, 1);
    expect(s().saveStatus).toBe('saved');
    expect(s().revision).toBe(2);
    const stored = await repository.get(s().issue.id);
    expect(stored?.rev).toBe(2);
    expect(JSON.stringify(stored?.issue)).toContain('"title":"Title"');
  });

  it('writes at least once a second while typing goes on without a pause', async () => {
    await open();
    const put = vi.spyOn(repository, 'put');
    const card = s().addLinkCard('https://example.com/a', section())!;
    const typed: string[] = [];
    let title = '';
    for (let keystroke = 0; keystroke < 30; keystroke++) {
      title += String.fromCharCode(97 + (keystroke % 26));
      s().updateCardFields(card, { title });
      typed.push(title);
      await vi.advanceTimersByTimeAsync(100);
    }
    // 3 s of typing, a keystroke every 100 ms: the 500 ms pause never comes, yet it was written.
    expect(put.mock.calls.length).toBeGreaterThanOrEqual(3);
    const stored = await repository.get(s().issue.id);
    const storedTitle = JSON.stringify(stored?.issue).match(/"title":"([a-z]+)"/)?.[1] ?? '';
    // What is stored is what was typed no more than one second before.
    expect(typed.indexOf(storedTitle)).toBeGreaterThanOrEqual(typed.length - 11);
    await vi.advanceTimersByTimeAsync(500);
    expect(s().saveStatus).toBe('saved');
  });

  it('writes at once on flush', async () => {
    await open();
    s().addLinkCard('https://example.com/a', section());
    await autosave!.flush();
    expect(s().saveStatus).toBe('saved');
    expect((await repository.get(s().issue.id))?.rev).toBe(2);
  });

  it('stops writing when another tab wrote first, and never overwrites its work', async () => {
    await open();
    const theirs = { ...s().issue, updatedAt: 99 };
    await repository.put(theirs, 1);
    s().addLinkCard('https://example.com/mine', section());
    await vi.advanceTimersByTimeAsync(600);
    expect(s().saveStatus).toBe('error');
    expect(s().saveProblem).toEqual({
      kind: 'conflict',
      message: 'This draft changed in another tab.',
    });
    s().addLinkCard('https://example.com/more', section());
    await vi.advanceTimersByTimeAsync(600);
    await autosave!.flush();
    const stored = await repository.get(s().issue.id);
    expect(stored?.rev).toBe(2);
    expect(stored?.issue.updatedAt).toBe(99);
  });

  it('saves again once the editor has taken the version another tab stored', async () => {
    await open();
    await repository.put({ ...s().issue, updatedAt: 99 }, 1);
    s().addLinkCard('https://example.com/mine', section());
    await vi.advanceTimersByTimeAsync(600);
    expect(s().saveProblem?.kind).toBe('conflict');
    const theirs = (await repository.get(s().issue.id))!;
    s().replaceWithStored(theirs.issue, theirs.rev);
    s().addLinkCard('https://example.com/after-reload', section());
    await vi.advanceTimersByTimeAsync(600);
    expect(s().saveStatus).toBe('saved');
    const stored = await repository.get(s().issue.id);
    expect(stored?.rev).toBe(3);
    expect(JSON.stringify(stored?.issue)).toContain('after-reload');
  });

  it('stops writing when the stored draft is gone, and never calls that a change elsewhere', async () => {
    await open();
    await repository.delete(s().issue.id);
    s().addLinkCard('https://example.com/mine', section());
    await vi.advanceTimersByTimeAsync(600);
    expect(s().saveStatus).toBe('error');
    expect(s().saveProblem?.kind).toBe('gone');
    expect(s().saveProblem?.message).toMatch(/removed from the browser's storage/);
    expect(s().saveProblem?.message).toContain('Your edits are still in this tab.');
    const put = vi.spyOn(repository, 'put');
    s().addLinkCard('https://example.com/more', section());
    await vi.advanceTimersByTimeAsync(600);
    await autosave!.flush();
    expect(put).not.toHaveBeenCalled();
    expect(await repository.get(s().issue.id)).toBeUndefined();
  });

  it("saves this tab's copy again when asked, then goes on saving", async () => {
    await open();
    await repository.delete(s().issue.id);
    s().addLinkCard('https://example.com/mine', section());
    await vi.advanceTimersByTimeAsync(600);
    const saving = autosave!.saveAgain();
    s().addLinkCard('https://example.com/while-saving', section());
    await saving;
    expect(s().saveProblem).toBeUndefined();
    expect(s().revision).toBe(1);
    expect(JSON.stringify((await repository.get(s().issue.id))?.issue)).toContain('mine');
    await vi.advanceTimersByTimeAsync(600);
    expect(s().saveStatus).toBe('saved');
    const stored = await repository.get(s().issue.id);
    expect(stored?.rev).toBe(2);
    expect(JSON.stringify(stored?.issue)).toContain('while-saving');
  });

  it('refuses to save the copy again over a draft stored again meanwhile', async () => {
    await open();
    const issue = s().issue;
    await repository.delete(issue.id);
    s().addLinkCard('https://example.com/mine', section());
    await vi.advanceTimersByTimeAsync(600);
    await repository.put({ ...issue, updatedAt: 99 }, 0);
    await autosave!.saveAgain();
    expect(s().saveProblem?.kind).toBe('conflict');
    expect((await repository.get(issue.id))?.issue.updatedAt).toBe(99);
  });

  it('keeps the edits in memory when storage is full and saves them once it works again', async () => {
    const failing = new FailingRepository(repository);
    await open(failing);
    failing.failWith();
    s().addLinkCard('https://example.com/a', section());
    await vi.advanceTimersByTimeAsync(600);
    expect(s().saveStatus).toBe('error');
    expect(s().saveProblem?.kind).toBe('quota');
    expect(s().saveProblem?.message).toMatch(/storage is full/);
    expect(s().issue.sections[0]!.blocks).toHaveLength(1);
    failing.heal();
    s().addLinkCard('https://example.com/b', section());
    await vi.advanceTimersByTimeAsync(600);
    expect(s().saveStatus).toBe('saved');
    expect(s().saveProblem).toBeUndefined();
    expect((await repository.get(s().issue.id))?.issue.sections[0]!.blocks).toHaveLength(2);
  });

  it('writes edits made during a write afterwards', async () => {
    await open();
    s().addLinkCard('https://example.com/a', section());
    const first = autosave!.flush();
    s().addLinkCard('https://example.com/b', section());
    const second = autosave!.flush();
    await Promise.all([first, second]);
    expect(s().saveStatus).toBe('saved');
    expect((await repository.get(s().issue.id))?.issue.sections[0]!.blocks).toHaveLength(2);
  });

  it('starts a timed write where defer says, with the edits made while it waited', async () => {
    const waiting: (() => void)[] = [];
    const defer = (task: () => void) => {
      waiting.push(task);
      return () => waiting.splice(waiting.indexOf(task), 1);
    };
    await open(repository, { defer });
    const put = vi.spyOn(repository, 'put');
    const card = s().addLinkCard('https://example.com/a', section())!;
    await vi.advanceTimersByTimeAsync(600);
    expect(put).not.toHaveBeenCalled();
    expect(waiting).toHaveLength(1);
    s().updateCardFields(card, { title: 'Typed while waiting' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(waiting).toHaveLength(1);
    waiting[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(put).toHaveBeenCalledTimes(1);
    expect(s().saveStatus).toBe('saved');
    expect(JSON.stringify((await repository.get(s().issue.id))?.issue)).toContain(
      'Typed while waiting',
    );
  });

  it('flushes at once while a deferred write waits, and cancels it', async () => {
    const cancel = vi.fn();
    await open(repository, { defer: () => cancel });
    s().addLinkCard('https://example.com/a', section());
    await vi.advanceTimersByTimeAsync(600);
    await autosave!.flush();
    expect(cancel).toHaveBeenCalled();
    expect(s().saveStatus).toBe('saved');
    expect((await repository.get(s().issue.id))?.rev).toBe(2);
  });
});
