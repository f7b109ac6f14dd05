import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { DexieIssueRepository } from '../../persistence/dexie-issue-repository';
import { readDraftRowsAhead } from '../../persistence/draft-rows-ahead';
import type { IssueRepository, StoredIssue } from '../../persistence/issue-repository';
import { buildTestIssue } from '../../../test/support/test-issue';
import { readDraft, readDraftAhead, settledDraft } from './read-draft';

/** A repository that counts its reads of issues and answers each with the issue it asked for. */
function countingRepository() {
  const reads: string[] = [];
  const repository = {
    get: async (id: string) => {
      reads.push(id);
      const stored: StoredIssue = { issue: { ...buildTestIssue(), id }, rev: 1, archived: false };
      return stored;
    },
    listTemplates: async () => [],
  } as unknown as IssueRepository;
  return { repository, reads };
}

afterEach(() => vi.useRealTimers());

describe('readDraft', () => {
  it('takes the read started ahead for the same draft, once', async () => {
    const { repository, reads } = countingRepository();
    readDraftAhead(repository, 'a');
    expect((await readDraft(repository, 'a'))?.stored.issue.id).toBe('a');
    expect(reads).toEqual(['a']);
    await readDraft(repository, 'a');
    expect(reads).toEqual(['a', 'a']);
  });

  it('reads afresh when the read ahead was of another draft', async () => {
    const { repository, reads } = countingRepository();
    readDraftAhead(repository, 'a');
    expect((await readDraft(repository, 'b'))?.stored.issue.id).toBe('b');
    expect(reads).toEqual(['a', 'b']);
  });

  it('reads afresh when the read ahead is old', async () => {
    vi.useFakeTimers();
    const { repository, reads } = countingRepository();
    readDraftAhead(repository, 'a');
    vi.advanceTimersByTime(60_000);
    await readDraft(repository, 'a');
    expect(reads).toEqual(['a', 'a']);
  });

  it('hands a failed read ahead to the editor that takes it', async () => {
    const repository = {
      get: () => Promise.reject(new Error('storage went away')),
      listTemplates: async () => [],
    } as unknown as IssueRepository;
    readDraftAhead(repository, 'a');
    await expect(readDraft(repository, 'a')).rejects.toThrow('storage went away');
  });
});

describe('settledDraft', () => {
  it('gives a finished read ahead at once, for one opening only', async () => {
    const { repository, reads } = countingRepository();
    readDraftAhead(repository, 'a');
    expect(settledDraft(repository, 'a')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settledDraft(repository, 'a')?.stored.issue.id).toBe('a');
    expect(settledDraft(repository, 'a')).toBeUndefined();
    await readDraft(repository, 'a');
    expect(reads).toEqual(['a', 'a']);
  });

  it('leaves a read still going, or failed, to readDraft, and gives none of another draft', async () => {
    const { repository } = countingRepository();
    readDraftAhead(repository, 'a');
    expect(settledDraft(repository, 'a')).toBeUndefined();
    expect((await readDraft(repository, 'a'))?.stored.issue.id).toBe('a');
    readDraftAhead(repository, 'a');
    await readDraft(repository, 'c');
    expect(settledDraft(repository, 'a')).toBeUndefined();
    const failing = {
      get: () => Promise.reject(new Error('storage went away')),
      listTemplates: async () => [],
    } as unknown as IssueRepository;
    readDraftAhead(failing, 'a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settledDraft(failing, 'a')).toBeUndefined();
    await expect(readDraft(failing, 'a')).rejects.toThrow('storage went away');
  });
});

describe('a read ahead from the rows read straight from IndexedDB', () => {
  /** A Dexie repository on a database of its own, whose issue reads are counted. */
  async function storedDraft() {
    const factory = new IDBFactory();
    const dexie = new DexieIssueRepository({ name: 'ahead', indexedDB: factory, IDBKeyRange });
    const ours = { ...eksNewsTemplate, id: 'ours', name: 'Our news' };
    await dexie.putTemplate({ id: ours.id, name: ours.name, data: ours, updatedAt: 1 });
    const issue = { ...buildTestIssue({ slug: '056', cards: 8 }), templateId: 'ours' };
    await dexie.put(issue, 0);
    const reads: string[] = [];
    const repository = Object.assign(Object.create(dexie) as IssueRepository, {
      get: (id: string) => {
        reads.push(id);
        return dexie.get(id);
      },
    });
    const rows = readDraftRowsAhead(factory, issue.id, 'ahead');
    return { dexie, repository, reads, issue, rows, close: () => dexie.close() };
  }

  it('opens the draft and its own template from the rows, with no read of the repository', async () => {
    const { dexie, repository, reads, issue, rows, close } = await storedDraft();
    readDraftAhead(repository, issue.id, rows);
    const draft = await readDraft(repository, issue.id);
    expect(draft?.stored).toEqual(await dexie.get(issue.id));
    expect(draft?.template.name).toBe('Our news');
    expect(reads).toEqual([]);
    close();
  });

  it('reads from the repository when the rows could not be read', async () => {
    const { repository, reads, issue, close } = await storedDraft();
    readDraftAhead(repository, issue.id, Promise.resolve(undefined));
    const draft = await readDraft(repository, issue.id);
    expect(draft?.stored.issue).toEqual(issue);
    expect(draft?.template.name).toBe('Our news');
    expect(reads).toEqual([issue.id]);
    close();
  });
});
