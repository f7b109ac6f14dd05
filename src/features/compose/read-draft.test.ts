import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IssueRepository, StoredIssue } from '../../persistence/issue-repository';
import { buildTestIssue } from '../../../test/support/test-issue';
import { readDraft, readDraftAhead } from './read-draft';

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
