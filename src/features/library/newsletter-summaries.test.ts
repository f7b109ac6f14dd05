import { describe, expect, it } from 'vitest';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { corpusFile } from '../../../test/support/corpus-fixture';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { importArchive } from '../archive/import-archive';
import { readTemplates } from '../templates/read-templates';
import { newsletterSummaries } from './newsletter-summaries';

describe('newsletterSummaries', () => {
  it('keeps the issues of the chosen newsletter, drafts without a template id included', async () => {
    const repository = new MemoryIssueRepository();
    await importArchive(['055.md', '056.md'].map(corpusFile), repository);
    const update = fluxFiles().at(-2)!;
    await importArchive([new File([readFlux(update)], update)], repository);
    const { newsletters, all } = await readTemplates(repository);
    expect(newsletters).toHaveLength(2);
    const [eks, flux] = newsletters;
    const slugs = async (t: typeof eks) =>
      (await newsletterSummaries(repository, t!, newsletters, all)).map((s) => s.slug).sort();
    expect(await slugs(eks)).toEqual(['055', '056']);
    expect((await newsletterSummaries(repository, flux!, newsletters, all)).length).toBe(1);
    // A draft stored before templates were belongs to the newsletter it fits best.
    const stored = (await repository.get('archive-056'))!;
    await repository.put({ ...stored.issue, id: 'old-draft', templateId: undefined }, 0);
    expect(await slugs(eks)).toEqual(['055', '056', '056']);
  });

  it('reads no issue when the library holds one newsletter', async () => {
    const repository = new MemoryIssueRepository();
    await importArchive(['055.md'].map(corpusFile), repository);
    repository.get = () => Promise.reject(new Error('not asked'));
    const { newsletters, all } = await readTemplates(repository);
    const summaries = await newsletterSummaries(repository, newsletters[0]!, newsletters, all);
    expect(summaries.map((s) => s.slug)).toEqual(['055']);
  });
});
