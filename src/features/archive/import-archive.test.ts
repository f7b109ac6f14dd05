import { describe, expect, it } from 'vitest';
import { corpusFile, corpusFiles, readCorpus } from '../../../test/support/corpus-fixture';
import { exportIssue } from '../../core/markdown/export-issue';
import { importIssue } from '../../core/markdown/import-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { importArchive, type ArchiveProgress } from './import-archive';

describe('importArchive', () => {
  it('archives the whole corpus as published issues that export to the same bytes', async () => {
    const repository = new MemoryIssueRepository();
    const names = corpusFiles();
    const progress: ArchiveProgress[] = [];
    const outcome = await importArchive([...names].reverse().map(corpusFile), repository, {
      onProgress: (p) => progress.push(p),
      chunkSize: 25,
    });
    expect(outcome.skipped).toEqual([]);
    expect(outcome.updated).toEqual([]);
    expect(outcome.added.map((f) => f.fileName)).toEqual(names);
    expect(progress).toEqual([
      { done: 0, total: names.length },
      { done: 25, total: names.length },
      { done: 50, total: names.length },
      { done: 75, total: names.length },
      { done: names.length, total: names.length },
    ]);
    const summaries = await repository.listSummaries();
    expect(summaries).toHaveLength(names.length);
    expect(summaries.every((s) => s.archived && s.status === 'published')).toBe(true);
    const stored = (await repository.get('archive-063'))!.issue;
    expect(exportIssue(stored)).toBe(readCorpus('063.md'));
  });

  it('updates the archived issue of the same slug instead of adding another', async () => {
    const repository = new MemoryIssueRepository();
    const earlier = { ...importIssue(readCorpus('054.md')), status: 'published' as const };
    await repository.put(earlier, 0);
    await repository.setArchived(earlier.id, true);
    const draft056 = importIssue(readCorpus('056.md'));
    await repository.put(draft056, 0);

    const first = await importArchive(['054.md', '056.md'].map(corpusFile), repository);
    expect(first.updated.map((f) => f.issueId)).toEqual([earlier.id]);
    expect(first.added.map((f) => f.issueId)).toEqual(['archive-056']);
    const again = await importArchive(['054.md', '056.md'].map(corpusFile), repository);
    expect(again.added).toEqual([]);
    expect(again.updated.map((f) => f.issueId)).toEqual([earlier.id, 'archive-056']);

    const summaries = await repository.listSummaries();
    expect(summaries.map((s) => [s.id, s.archived, s.rev]).sort()).toEqual(
      [
        [earlier.id, true, 3],
        ['archive-056', true, 2],
        [draft056.id, false, 1],
      ].sort(),
    );
  });

  it('lists every file it does not archive, with the reason, and archives the rest', async () => {
    const repository = new MemoryIssueRepository();
    const files = [
      corpusFile('057.md'),
      new File([readCorpus('057.md')], 'copy-of-057.md'),
      new File(['+++\ntitle = "EKS News 099\nslug = "099"\n+++\n\n## AWS blogs\n'], 'broken.md'),
      new File(['# Notes\n\nJust some prose, no cards.\n'], 'README.md'),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0xff, 0xfe])], 'cover.png'),
      new File([new Uint8Array([0x2b, 0x2b, 0xff, 0xfe, 0x0a])], 'latin.md'),
      new File(['  \n'], 'empty.md'),
      new File(['+++\ntitle = "Posts"\n+++\n\nEvery issue, newest first.\n'], '_index.md'),
      new File(['+++\ntitle = "EKS News 098"\nslug = "098"\n+++\n\nOnly words.\n'], '098.md'),
    ];
    const outcome = await importArchive(files, repository);
    // An issue of prose alone is an issue still; a section's list page is not.
    expect(outcome.added.map((f) => f.fileName).sort()).toEqual(['057.md', '098.md']);
    const reasons = new Map(outcome.skipped.map((s) => [s.fileName, s.reason]));
    expect([...reasons.keys()].sort()).toEqual(
      [
        'copy-of-057.md',
        'README.md',
        'broken.md',
        'cover.png',
        'empty.md',
        'latin.md',
        '_index.md',
      ].sort(),
    );
    expect(reasons.get('_index.md')).toBe("a section's list page, not an issue");
    expect(reasons.get('copy-of-057.md')).toBe('same slug (057) as 057.md');
    expect(reasons.get('README.md')).toBe('no link cards: not a newsletter issue');
    expect(reasons.get('cover.png')).toBe('not a markdown file');
    expect(reasons.get('empty.md')).toBe('the file is empty');
    expect(reasons.get('broken.md')).toMatch(/^line 2: .*TOML/);
    expect(reasons.get('latin.md')).toMatch(/^line 1: this is not a UTF-8 text file/);
    expect((await repository.listSummaries()).map((s) => s.slug)).toEqual(['057', '098']);
  });

  it('stores a chunk file by file when the batch is refused, skipping only the bad issue', async () => {
    const repository = new MemoryIssueRepository();
    const original = repository.writeBatch.bind(repository);
    repository.writeBatch = async (batch) => {
      if (batch.issues.some((w) => w.issue.id === 'archive-055')) {
        throw new Error('the disk is full');
      }
      return original(batch);
    };
    const outcome = await importArchive(['054.md', '055.md', '056.md'].map(corpusFile), repository);
    expect(outcome.added.map((f) => f.fileName)).toEqual(['054.md', '056.md']);
    expect(outcome.skipped).toEqual([
      { fileName: '055.md', reason: 'not stored: the disk is full' },
    ]);
  });
});
