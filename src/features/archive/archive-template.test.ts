import { describe, expect, it } from 'vitest';
import { corpusFile, corpusFiles } from '../../../test/support/corpus-fixture';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { exportIssue } from '../../core/markdown/export-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { importArchive } from './import-archive';

/** A Flux update as the browser hands it over from a chosen folder. */
function fluxFile(name: string): File {
  const file = new File([readFlux(name)], name, { type: 'text/markdown' });
  Object.defineProperty(file, 'webkitRelativePath', { value: `flux-updates/${name}` });
  return file;
}

async function storedIssues(repository: MemoryIssueRepository) {
  const summaries = await repository.listSummaries();
  return Promise.all(summaries.map(async (s) => (await repository.get(s.id))!.issue));
}

describe('importArchive and templates', () => {
  it('learns and stores a template for an archive no known template fits', async () => {
    const repository = new MemoryIssueRepository();
    const outcome = await importArchive(fluxFiles().map(fluxFile), repository);
    // Eight updates hold no link list at all (prose and headings only): still issues, each with
    // its title, slug and date, and the newest of them is the one the next issue follows.
    expect(outcome.skipped).toEqual([]);
    const stored = fluxFiles().length;
    expect(stored).toBe(30);
    expect(outcome.template).toEqual({ id: 'flux-updates', name: 'flux-updates', learned: true });
    const records = await repository.listTemplates();
    expect(records.map((r) => [r.id, r.name])).toEqual([['flux-updates', 'flux-updates']]);
    const issues = await storedIssues(repository);
    expect(issues).toHaveLength(stored);
    expect(new Set(issues.map((i) => i.templateId))).toEqual(new Set(['flux-updates']));
    const texts = new Set(fluxFiles().map(readFlux));
    expect(issues.every((issue) => texts.has(exportIssue(issue)))).toBe(true);
  });

  it('reads the archive again with the template it learned, adding none', async () => {
    const repository = new MemoryIssueRepository();
    await importArchive(fluxFiles().map(fluxFile), repository);
    const again = await importArchive(fluxFiles().map(fluxFile), repository);
    expect(again.template).toEqual({ id: 'flux-updates', name: 'flux-updates', learned: false });
    expect(again.updated).toHaveLength(30);
    expect(await repository.listTemplates()).toHaveLength(1);
  });

  it('keeps the built-in template for the EKS News archive', async () => {
    const repository = new MemoryIssueRepository();
    const outcome = await importArchive(corpusFiles().map(corpusFile), repository);
    expect(outcome.template).toEqual({ id: 'eks-news', name: 'EKS News', learned: false });
    expect(await repository.listTemplates()).toEqual([]);
    const issues = await storedIssues(repository);
    expect(issues.every((issue) => issue.templateId === 'eks-news')).toBe(true);
  });
});
