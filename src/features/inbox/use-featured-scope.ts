// Where the inbox's "already featured" badges look: within the newsletter of the draft the inbox
// sends to; with no draft, in every newsletter, each badge then naming its issue's newsletter
// when the library's issues belong to more than one.

import { useMemo } from 'react';
import { useStoredIssues } from '../archive/use-stored-issues';
import { searchNewsletters } from '../search/search-newsletters';
import { useLibraryTemplates } from '../templates/use-library-templates';

export interface FeaturedScope {
  /** False until the stored issues are read: until then nobody knows the target's newsletter. */
  ready: boolean;
  /** The target draft's newsletter; undefined for every newsletter. */
  templateId: string | undefined;
  /** Newsletter names by template id, when the issues belong to several newsletters. */
  newsletterNames: ReadonlyMap<string, string> | undefined;
}

export function useFeaturedScope(templateId: string | undefined): FeaturedScope {
  const { issues, ready } = useStoredIssues();
  const { templates } = useLibraryTemplates();
  const newsletterNames = useMemo(() => {
    const newsletters = searchNewsletters(issues.values(), templates?.all ?? []);
    return newsletters.length > 1 ? new Map(newsletters.map((n) => [n.id, n.name])) : undefined;
  }, [issues, templates]);
  return useMemo(
    () => ({ ready, templateId, newsletterNames }),
    [ready, templateId, newsletterNames],
  );
}
