import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from './create-backup';
import { ConflictError } from './conflict-error';
import { DexieIssueRepository } from './dexie-issue-repository';
import type { IssueRepository } from './issue-repository';
import { MemoryIssueRepository } from './memory-issue-repository';
import { parseBackup, type RestorePlan } from './parse-backup';
import { restoreBackup, type ConflictChoice } from './restore-backup';
import { buildTestIssue } from '../../test/support/test-issue';

const kinds: [string, () => IssueRepository][] = [
  ['memory', () => new MemoryIssueRepository()],
  ['Dexie', () => new DexieIssueRepository({ indexedDB: new IDBFactory(), IDBKeyRange })],
];

function planOf(text: string): RestorePlan {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.error);
  return result.plan;
}

const answer = (choice: ConflictChoice) => ({ onConflict: vi.fn(() => choice) });

describe.each(kinds)('backup and restore (%s repository)', (_kind, make) => {
  const open: IssueRepository[] = [];
  const repo = () => {
    const made = make();
    open.push(made);
    return made;
  };
  afterEach(() => open.splice(0).forEach((r) => r.close()));

  const a = buildTestIssue({ slug: '501', cards: 8, updatedAt: 5_000 });
  const b = buildTestIssue({ slug: '502', cards: 3, status: 'published', updatedAt: 6_000 });

  async function filled(): Promise<IssueRepository> {
    const source = repo();
    await source.put(a);
    await source.put(b);
    await source.setArchived(b.id, true);
    await source.addRevision(a.id, { ...a, preamble: 'first draft' }, 'opened');
    await source.addRevision(a.id, a, 'periodic');
    return source;
  }

  it('carries every draft, its archived flag and its revisions into an empty browser', async () => {
    const source = await filled();
    const text = await createBackup(source, { includeRevisions: true, now: Date.UTC(2024, 4, 3) });
    expect(JSON.parse(text)).toMatchObject({
      format: 'broadsheet-backup',
      version: 1,
      exportedAt: '2024-05-03T00:00:00.000Z',
    });
    const target = repo();
    const options = answer('keep');
    const report = await restoreBackup(target, planOf(text), options);
    expect(report).toEqual({
      added: [b.id, a.id],
      unchanged: [],
      replaced: [],
      kept: [],
      copied: [],
      revisionsAdded: 2,
    });
    expect(options.onConflict).not.toHaveBeenCalled();
    expect(await target.get(a.id)).toEqual({ issue: a, rev: 1, archived: false });
    expect(await target.get(b.id)).toEqual({ issue: b, rev: 1, archived: true });
    const revisions = await target.listRevisions(a.id);
    expect(revisions).toEqual(await source.listRevisions(a.id));
    expect((await target.getRevision(revisions[1]!.id))!.snapshot.preamble).toBe('first draft');
  });

  it('leaves out revisions unless asked, and takes unsaved edits in place of stored ones', async () => {
    const source = await filled();
    const edited = { ...a, preamble: 'typed while the disk was full' };
    const text = await createBackup(source, { unsaved: [edited] });
    expect(JSON.parse(text)).not.toHaveProperty('revisions');
    const plan = planOf(text);
    expect(plan.issues.map((e) => e.issue.preamble)).toContain('typed while the disk was full');
    expect(plan.issues).toHaveLength(2);
  });

  it('changes nothing when the same backup is restored twice', async () => {
    const source = await filled();
    const plan = planOf(await createBackup(source, { includeRevisions: true }));
    const report = await restoreBackup(source, plan, answer('replace'));
    expect(report).toEqual({
      added: [],
      unchanged: [b.id, a.id],
      replaced: [],
      kept: [],
      copied: [],
      revisionsAdded: 0,
    });
    expect((await source.get(a.id))!.rev).toBe(1);
    expect(await source.listRevisions(a.id)).toHaveLength(2);
  });

  describe('when a stored draft differs from the one in the file', () => {
    async function conflicting(choice: ConflictChoice) {
      const target = repo();
      await target.put({ ...a, preamble: 'mine' });
      const plan = planOf(await createBackup(await filled(), { includeRevisions: true }));
      let count = 0;
      const newId = (prefix: string) => `${prefix}new${++count}`;
      const options = {
        onConflict: vi.fn(async () => choice),
        newId,
        now: () => 9_000_000_000_000,
      };
      const report = await restoreBackup(target, plan, options);
      return { target, report, options };
    }

    it('asks, and keeps the stored one on "keep"', async () => {
      const { target, report, options } = await conflicting('keep');
      expect(options.onConflict).toHaveBeenCalledTimes(1);
      expect(options.onConflict).toHaveBeenCalledWith({
        existing: { issue: { ...a, preamble: 'mine' }, rev: 1, archived: false },
        incoming: { issue: a, archived: false },
      });
      expect(report.kept).toEqual([a.id]);
      expect((await target.get(a.id))!.issue.preamble).toBe('mine');
    });

    it('replaces on "replace", after a revision of the stored one that undoes it', async () => {
      const { target, report } = await conflicting('replace');
      expect(report.replaced).toEqual([a.id]);
      expect(await target.get(a.id)).toEqual({ issue: a, rev: 2, archived: false });
      const [newest] = await target.listRevisions(a.id);
      expect(newest).toMatchObject({
        id: 'rev-new1',
        reason: 'before-restore',
        createdAt: 9_000_000_000_000,
      });
      expect((await target.getRevision('rev-new1'))!.snapshot.preamble).toBe('mine');
    });

    it('stores the incoming one under a new id on "copy", with its revisions', async () => {
      const { target, report } = await conflicting('copy');
      expect(report.copied).toEqual([{ from: a.id, to: 'inew1' }]);
      expect((await target.get(a.id))!.issue.preamble).toBe('mine');
      expect(await target.get('inew1')).toEqual({
        issue: { ...a, id: 'inew1' },
        rev: 1,
        archived: false,
      });
      const copied = await target.listRevisions('inew1');
      expect(copied.map((r) => r.id).sort()).toEqual(['rev-new2', 'rev-new3']);
      expect((await target.getRevision('rev-new2'))!.snapshot.id).toBe('inew1');
      expect(await target.listRevisions(a.id)).toEqual([]);
    });
  });

  it('writes nothing when another tab saves a draft while the editor is deciding', async () => {
    const target = repo();
    await target.put({ ...a, preamble: 'mine' });
    const plan = planOf(await createBackup(await filled()));
    const onConflict = async () => {
      await target.put({ ...a, preamble: 'typed in another tab' });
      return 'replace' as const;
    };
    await expect(restoreBackup(target, plan, { onConflict })).rejects.toBeInstanceOf(ConflictError);
    expect(await target.get(b.id)).toBeUndefined();
    expect((await target.get(a.id))!.issue.preamble).toBe('typed in another tab');
    expect(await target.listRevisions(a.id)).toEqual([]);
  });
});
