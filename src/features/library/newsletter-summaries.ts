import type { NewsletterTemplate } from '../../core/template/template';
import { templateOfIssue } from '../../core/template/template-of-issue';
import type { IssueRepository, IssueSummary } from '../../persistence/issue-repository';

/**
 * The summaries of the stored issues (archived and drafts) that belong to the newsletter of
 * `template`, as templateOfIssue decides among `templates`. A library with one newsletter holds
 * only its issues, so the issues are read only when there are several.
 */
export async function newsletterSummaries(
  repository: IssueRepository,
  template: NewsletterTemplate,
  newsletters: readonly NewsletterTemplate[],
  templates: readonly NewsletterTemplate[],
): Promise<IssueSummary[]> {
  const summaries = await repository.listSummaries();
  if (newsletters.length <= 1) return summaries;
  const stored = await Promise.all(summaries.map((s) => repository.get(s.id)));
  return summaries.filter((_, i) => {
    const issue = stored[i]?.issue;
    return issue !== undefined && templateOfIssue(issue, templates).id === template.id;
  });
}
