import { describe, expect, it } from 'vitest';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { corpusFile } from '../../../test/support/corpus-fixture';
import { learnTemplate } from '../../core/template/learn-template';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { saveTemplate } from '../templates/save-template';
import { importMarkdownFiles } from './import-markdown-files';

describe('importMarkdownFiles and templates', () => {
  it('gives each draft the newsletter template it fits best', async () => {
    const repository = new MemoryIssueRepository();
    const flux = learnTemplate(fluxFiles().map((name) => ({ name, text: readFlux(name) })));
    await saveTemplate(repository, { ...flux, id: 'flux' });
    const update = '2023-05-02-april-update.md';
    const files = [corpusFile('056.md'), new File([readFlux(update)], update)];
    const outcome = await importMarkdownFiles(files, repository);
    const ids = await Promise.all(
      outcome.imported.map(async (f) => (await repository.get(f.issueId))?.issue.templateId),
    );
    expect(ids).toEqual(['eks-news', 'flux']);
  });
});
