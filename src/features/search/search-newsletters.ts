import type { NewsletterTemplate } from '../../core/template/template';
import { issueNewsletter } from './issue-newsletter';
import type { SearchableIssue } from './search-issues';

export interface SearchNewsletter {
  id: string;
  name: string;
}

/**
 * The newsletters the stored issues belong to, as search offers and names them: in the order of
 * `templates` (the library's, built-in first), then any whose template is not among them, named
 * by its id. A newsletter without issues is not offered.
 */
export function searchNewsletters(
  issues: Iterable<SearchableIssue>,
  templates: readonly Pick<NewsletterTemplate, 'id' | 'name'>[],
): SearchNewsletter[] {
  const ids = new Set<string>();
  for (const { issue } of issues) ids.add(issueNewsletter(issue));
  const known = templates.filter((t) => ids.has(t.id)).map(({ id, name }) => ({ id, name }));
  const unknown = [...ids]
    .filter((id) => !templates.some((t) => t.id === id))
    .sort()
    .map((id) => ({ id, name: id }));
  return [...known, ...unknown];
}
