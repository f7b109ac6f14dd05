import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../core/model/types';
import { admitIssue } from '../core/model/schema/admit-issue';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { buildTestIssue } from '../../test/support/test-issue';
import { admitInSlices } from './admit-in-slices';
import { DexieIssueRepository } from './dexie-issue-repository';

function withLastCard(issue: Issue, change: Record<string, unknown>): Issue {
  const sections = issue.sections.map((section, index) =>
    index === issue.sections.length - 1
      ? {
          ...section,
          blocks: section.blocks.map((b, i) =>
            i === section.blocks.length - 1 ? { ...b, ...change } : b,
          ),
        }
      : section,
  );
  return { ...issue, sections } as Issue;
}

const noTurn = { yieldNow: async () => {} };

describe('admitInSlices', () => {
  it('refuses what admitIssue refuses, with the same path, wherever the bad block is', async () => {
    const issue = buildTestIssue({ cards: 60, sections: 3 });
    await expect(admitInSlices(issue, noTurn)).resolves.toBeUndefined();
    const bad = withLastCard(issue, { title: null });
    const expected = (() => {
      try {
        admitIssue(bad);
      } catch (error) {
        return error;
      }
    })();
    expect(expected).toBeInstanceOf(InvalidRecordError);
    await expect(admitInSlices(bad, noTurn)).rejects.toEqual(expected);
    await expect(admitInSlices({ ...issue, epilogue: 3 }, noTurn)).rejects.toThrow(/^epilogue: /);
  });

  it('gives the page a turn each time a slice has run its time', async () => {
    const issue = buildTestIssue({ cards: 100, sections: 2 });
    let clock = 0;
    let turns = 0;
    const yieldNow = async () => void turns++;
    await admitInSlices(issue, { sliceMs: 8, now: () => (clock += 8), yieldNow });
    const blocks = issue.intro.length + issue.sections.reduce((n, s) => n + s.blocks.length, 0);
    expect(blocks).toBeGreaterThan(50);
    expect(turns).toBe(Math.ceil(blocks / 25) - 1);
  });

  it('keeps a revision only of a valid issue', async () => {
    const repo = new DexieIssueRepository({ indexedDB: new IDBFactory(), IDBKeyRange });
    const issue = buildTestIssue({ cards: 30, sections: 2 });
    await expect(
      repo.addRevision(issue.id, withLastCard(issue, { url: 7 }), 'opened'),
    ).rejects.toThrow(/^sections\[1\]\.blocks\[14\]\.url: /);
    expect(await repo.listRevisions(issue.id)).toEqual([]);
    await repo.addRevision(issue.id, issue, 'opened');
    expect(await repo.listRevisions(issue.id)).toHaveLength(1);
    repo.close();
  });
});
