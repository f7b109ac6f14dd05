// First run: an empty library gets the shipped sample issue (EKS News 056) so there is real work
// to open. A settings flag remembers it was loaded, so deleting every draft later does not bring
// the sample back. The sample and the markdown importer load only when they are needed.

import type { IssueRepository } from '../persistence/issue-repository';

export const SAMPLE_LOADED_SETTING = 'sample-issue-loaded';

/** Whether the sample was loaded once already: then it is never loaded again. */
export async function sampleLoaded(repository: IssueRepository): Promise<boolean> {
  return (await repository.getSetting(SAMPLE_LOADED_SETTING)) === true;
}

/** Imports the sample when the repository is empty and never had it; returns whether it did. */
export async function seedSampleIssue(repository: IssueRepository): Promise<boolean> {
  if (await sampleLoaded(repository)) return false;
  const summaries = await repository.listSummaries();
  if (summaries.length > 0) {
    await repository.setSetting(SAMPLE_LOADED_SETTING, true);
    return false;
  }
  const [{ importIssue }, { default: sample }] = await Promise.all([
    import('../core/markdown/import-issue'),
    import('./sample/eks-news-056.md?raw'),
  ]);
  await repository.put(importIssue(sample), 0);
  await repository.setSetting(SAMPLE_LOADED_SETTING, true);
  return true;
}
