import { occurrenceTemplateId } from '../../core/links/link-index';
import type { Issue } from '../../core/model/types';

/**
 * The id of the newsletter an issue belongs to, by the rule the "already featured" badges follow:
 * its template id, or EKS News for an issue stored before issues recorded one.
 */
export function issueNewsletter(issue: Issue): string {
  return occurrenceTemplateId({
    issueId: issue.id,
    slug: '',
    ...(issue.templateId !== undefined && { templateId: issue.templateId }),
  });
}
