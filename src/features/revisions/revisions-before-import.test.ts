import { describe, expect, it } from 'vitest';
import { importIssue } from '../../core/markdown/import-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { corpusFile, readCorpus } from '../../../test/support/corpus-fixture';
import { importArchive } from '../archive/import-archive';

function fileOf(name: string, text: string): File {
  return new File([text], name, { type: 'text/markdown' });
}

describe('an archive import over stored issues', () => {
  it('keeps the version it replaces as a before-import revision', async () => {
    const repository = new MemoryIssueRepository();
    await importArchive([corpusFile('054.md')], repository);
    const [id] = (await repository.listSummaries()).map((s) => s.id);
    const before = (await repository.get(id!))!.issue;

    const changed = readCorpus('054.md').replace('## ', '## Renamed: ');
    await importArchive([fileOf('054.md', changed)], repository);

    const [revision] = await repository.listRevisions(id!);
    expect(revision?.reason).toBe('before-import');
    expect((await repository.getRevision(revision!.id))?.snapshot).toEqual(before);
    expect((await repository.get(id!))?.issue.sections[0]!.heading).toMatch(/^Renamed: /);
  });

  it('adds no revision when the file is the same as the one stored', async () => {
    const repository = new MemoryIssueRepository();
    const earlier = { ...importIssue(readCorpus('056.md')), status: 'published' as const };
    await repository.put(earlier, 0);
    await repository.setArchived(earlier.id, true);
    const outcome = await importArchive([corpusFile('056.md')], repository);
    expect(outcome.updated.map((f) => f.issueId)).toEqual([earlier.id]);
    expect(await repository.listRevisions(earlier.id)).toEqual([]);
  });
});
