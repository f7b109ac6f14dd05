import type { Issue } from '../model/types';
import { hugoLinkListTemplate } from './hugo-link-list';
import { matchTemplate } from './match-template';
import type { NewsletterTemplate } from './template';

/**
 * The template an issue is edited with: the one it belongs to (its `templateId`) when that is
 * among `templates`, else the described one it fits best, the first of equals (list EKS News
 * first). The generic template serves only when no other is given, so an issue stored before
 * templates were keeps the template it was edited with then.
 */
export function templateOfIssue(
  issue: Issue,
  templates: readonly NewsletterTemplate[],
): NewsletterTemplate {
  const own = templates.find((t) => t.id === issue.templateId);
  if (own !== undefined) return own;
  const described = templates.filter((t) => t.id !== hugoLinkListTemplate.id);
  return matchTemplate(issue, described.length > 0 ? described : templates);
}
