// The revision part of the repository contract. Test-only; see issue-repository-contract.ts.

import { describe, expect, it } from 'vitest';
import type { RepositoryFactory } from './issue-repository-contract';
import { buildTestIssue } from './test-issue';

/** A clock that stands still unless moved, to test ordering within one millisecond. */
function manualClock(start: number) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

export function describeRevisionContract(make: RepositoryFactory): void {
  describe('revisions', () => {
    it('stores a snapshot with its reason, title and card count', async () => {
      const clock = manualClock(10_000);
      const repo = make({ now: clock.now });
      const issue = buildTestIssue({ cards: 9, title: 'EKS News 101 draft' });
      const meta = await repo.addRevision(issue.id, issue, 'opened');
      expect(meta).toEqual({
        id: meta.id,
        issueId: issue.id,
        createdAt: 10_000,
        reason: 'opened',
        title: 'EKS News 101 draft',
        cardCount: 9,
      });
      expect(await repo.getRevision(meta.id)).toEqual({ ...meta, snapshot: issue });
      expect(await repo.getRevision('no-such-revision')).toBeUndefined();
    });

    it('keeps the snapshot as it was when taken', async () => {
      const repo = make();
      const issue = buildTestIssue();
      const meta = await repo.addRevision(issue.id, issue, 'manual');
      issue.sections[1]!.heading = 'edited later';
      const revision = await repo.getRevision(meta.id);
      expect(revision!.snapshot.sections[1]!.heading).toBe('AWS blogs');
    });

    it('lists newest first, in the order taken even within one millisecond', async () => {
      const clock = manualClock(50_000);
      const repo = make({ now: clock.now });
      const issue = buildTestIssue();
      const reasons = [
        'opened',
        'periodic',
        'before-import',
        'before-restore',
        'before-overwrite',
      ] as const;
      for (const reason of reasons) await repo.addRevision(issue.id, issue, reason);
      clock.advance(1000);
      await repo.addRevision(issue.id, issue, 'manual');
      const listed = await repo.listRevisions(issue.id);
      expect(listed.map((r) => r.reason)).toEqual(['manual', ...[...reasons].reverse()]);
      expect(listed.map((r) => r.createdAt)).toEqual([
        51_000, 50_004, 50_003, 50_002, 50_001, 50_000,
      ]);
    });

    it('prunes the oldest beyond the cap as revisions are added', async () => {
      const clock = manualClock(1_000);
      const repo = make({ now: clock.now, revisionCap: 3 });
      const issue = buildTestIssue();
      const added = [];
      for (let n = 1; n <= 5; n++) {
        clock.advance(60_000);
        added.push(await repo.addRevision(issue.id, { ...issue, preamble: `v${n}` }, 'periodic'));
      }
      expect(repo.revisionCap).toBe(3);
      const listed = await repo.listRevisions(issue.id);
      expect(listed.map((r) => r.id)).toEqual([added[4]!.id, added[3]!.id, added[2]!.id]);
      expect(await repo.getRevision(added[0]!.id)).toBeUndefined();
      expect((await repo.getRevision(added[2]!.id))!.snapshot.preamble).toBe('v3');
    });

    it('prunes on request to any number, one issue at a time', async () => {
      const clock = manualClock(1_000);
      const repo = make({ now: clock.now });
      const a = buildTestIssue({ slug: '401' });
      const b = buildTestIssue({ slug: '402' });
      for (let n = 0; n < 4; n++) {
        clock.advance(1);
        await repo.addRevision(a.id, a, 'periodic');
        await repo.addRevision(b.id, b, 'periodic');
      }
      const newestOfA = (await repo.listRevisions(a.id))[0]!;
      expect(await repo.pruneRevisions(a.id, 1)).toBe(3);
      expect(await repo.listRevisions(a.id)).toEqual([newestOfA]);
      expect(await repo.listRevisions(b.id)).toHaveLength(4);
      expect(await repo.pruneRevisions(a.id)).toBe(0);
      expect(repo.revisionCap).toBe(50);
    });

    it('names a revision, trimmed and on one line, and takes the name away with ""', async () => {
      const repo = make();
      const issue = buildTestIssue();
      const meta = await repo.addRevision(issue.id, issue, 'exported');
      expect(await repo.nameRevision(meta.id, '  Sent to\n Anna ')).toBe(true);
      expect((await repo.listRevisions(issue.id))[0]?.name).toBe('Sent to Anna');
      expect((await repo.getRevision(meta.id))?.name).toBe('Sent to Anna');
      expect(await repo.nameRevision(meta.id, ' ')).toBe(true);
      expect((await repo.listRevisions(issue.id))[0]).toEqual(meta);
      expect(await repo.nameRevision('no-such-revision', 'x')).toBe(false);
    });

    it('keeps named revisions, the recent ones, and one a day of the older ones', async () => {
      const clock = manualClock(Date.UTC(2025, 0, 6, 9));
      const repo = make({ now: clock.now, revisionCap: 5 });
      const issue = buildTestIssue();
      const added = [];
      for (let day = 0; day < 3; day++) {
        for (let n = 0; n < 3; n++) {
          clock.advance(10 * 60_000);
          added.push(await repo.addRevision(issue.id, issue, 'periodic'));
        }
        if (day === 0) await repo.nameRevision(added[0]!.id, 'First draft');
        clock.advance(24 * 60 * 60_000 - 30 * 60_000);
      }
      const ids = added.map((a) => a.id);
      const kept = (await repo.listRevisions(issue.id)).map((r) => ids.indexOf(r.id) + 1);
      // Three recent ones (day 3), then of the older the newest of day 2 and of day 1; the named
      // one, the first of all, is kept however many come after it.
      expect(kept).toEqual([9, 8, 7, 6, 3, 1]);
    });

    it('refuses a malformed snapshot', async () => {
      const repo = make();
      const issue = buildTestIssue();
      const broken = { ...issue, dialect: { ...issue.dialect, marker: '#' } };
      await expect(repo.addRevision(issue.id, broken as never, 'manual')).rejects.toThrow(
        'dialect.marker: expected one of "*", "-", "+"',
      );
      expect(await repo.listRevisions(issue.id)).toEqual([]);
    });
  });
}
