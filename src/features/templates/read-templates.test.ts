import { describe, expect, it } from 'vitest';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { hugoLinkListTemplate } from '../../core/template/hugo-link-list';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { readTemplates } from './read-templates';
import { saveTemplate } from './save-template';

const flux = { ...hugoLinkListTemplate, id: 'flux', name: 'Flux' };

describe('readTemplates', () => {
  it('lists the built-in templates, then the stored ones, a corrected built-in in its place', async () => {
    const repository = new MemoryIssueRepository();
    await saveTemplate(repository, flux, 1);
    await saveTemplate(repository, { ...eksNewsTemplate, name: 'EKS News (ours)' }, 2);
    const { stored, all } = await readTemplates(repository);
    expect(stored.map((t) => t.name)).toEqual(['EKS News (ours)', 'Flux']);
    expect(all.map((t) => t.name)).toEqual(['EKS News (ours)', 'Hugo link list', 'Flux']);
    const newsletters = (await readTemplates(repository)).newsletters;
    expect(newsletters.map((t) => t.name)).toEqual(['EKS News (ours)', 'Flux']);
  });

  it('names the built-in templates whose stored copy differs from them', async () => {
    const repository = new MemoryIssueRepository();
    await saveTemplate(repository, flux, 1);
    expect((await readTemplates(repository)).changedBuiltIns).toEqual([]);
    await saveTemplate(repository, { ...eksNewsTemplate, preamble: '{{< eo >}}\n' }, 2);
    expect((await readTemplates(repository)).changedBuiltIns).toEqual(['eks-news']);
    // A copy as shipped (stored by an earlier version of the screen) changes nothing.
    const shipped = { ...eksNewsTemplate };
    await repository.putTemplate({ id: 'eks-news', name: 'EKS News', data: shipped, updatedAt: 3 });
    expect((await readTemplates(repository)).changedBuiltIns).toEqual([]);
  });

  it('leaves out a stored record the template door refuses', async () => {
    const repository = new MemoryIssueRepository();
    await repository.putTemplate({ id: 'bad', name: 'Bad', data: { id: 'bad' }, updatedAt: 1 });
    expect((await readTemplates(repository)).stored).toEqual([]);
  });

  it('refuses to save a template the door refuses', async () => {
    const repository = new MemoryIssueRepository();
    await expect(saveTemplate(repository, { ...flux, name: ' ' })).rejects.toThrow(
      'name: must not be empty',
    );
    expect(await repository.listTemplates()).toEqual([]);
  });
});
