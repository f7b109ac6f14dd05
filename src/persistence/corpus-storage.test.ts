// The whole EKS News archive through the persistence layer: every issue the importer makes is
// accepted by the validator, comes back equal from IndexedDB, and survives a backup round trip.

import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportIssue } from '../core/markdown/export-issue';
import { importIssue } from '../core/markdown/import-issue';
import { createBackup } from './create-backup';
import { DexieIssueRepository } from './dexie-issue-repository';
import { MemoryIssueRepository } from './memory-issue-repository';
import { parseBackup } from './parse-backup';
import { restoreBackup } from './restore-backup';
import { isIssue } from '../core/model/schema/validate-issue';

const CORPUS = new URL('../../test/fixtures/eks-news/', import.meta.url);
const files = readdirSync(CORPUS)
  .filter((name) => /^\d{3}\.md$/.test(name))
  .sort();
const texts = files.map((name) => readFileSync(new URL(name, CORPUS), 'utf8'));
const issues = texts.map((text, n) =>
  importIssue(text, { id: `eks-${files[n]!.slice(0, 3)}`, now: 1_700_000_000_000 + n }),
);

describe('the EKS News archive in storage', () => {
  it('imports all 79 issues into records the validator accepts', () => {
    expect(files).toHaveLength(79);
    expect(issues.flatMap((issue) => (isIssue(structuredClone(issue)) ? [] : [issue.id]))).toEqual(
      [],
    );
  });

  it('reads every issue back from IndexedDB exactly as stored, exporting the same bytes', async () => {
    const repo = new DexieIssueRepository({ indexedDB: new IDBFactory(), IDBKeyRange });
    for (const issue of issues) await repo.put(issue, 0);
    for (const [n, issue] of issues.entries()) {
      const stored = await repo.get(issue.id);
      expect(stored?.issue).toEqual(issue);
      expect(exportIssue(stored!.issue)).toBe(texts[n]);
    }
    const summaries = await repo.listSummaries();
    expect(summaries.find((s) => s.id === 'eks-056')).toMatchObject({
      slug: '056',
      title: 'EKS News 056',
      date: '2023-06-09T07:00:00Z',
    });
    repo.close();
  });

  it('carries the archive through a backup file into another browser unchanged', async () => {
    const source = new MemoryIssueRepository();
    for (const issue of issues) await source.put(issue);
    const result = parseBackup(await createBackup(source));
    if (!result.ok) throw new Error(result.error);
    const target = new MemoryIssueRepository();
    const report = await restoreBackup(target, result.plan, { onConflict: () => 'keep' });
    expect(report.added).toHaveLength(79);
    for (const [n, issue] of issues.entries()) {
      expect(exportIssue((await target.get(issue.id))!.issue)).toBe(texts[n]);
    }
  });
});
