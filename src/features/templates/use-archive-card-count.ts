// How many items of a newsletter's archive a template (as edited, not yet saved) makes cards:
// the archived issues that belong to the template, written back to their files, read again with
// its card shapes. Counted again only when the sections or shapes change, not the name; the
// archive's issues are those of the saved templates.

import { useMemo } from 'react';
import { exportIssue } from '../../core/markdown/export-issue';
import { countArchiveCards, type ArchiveCardCount } from '../../core/template/count-archive-cards';
import type { NewsletterTemplate } from '../../core/template/template';
import { templateOfIssue } from '../../core/template/template-of-issue';
import { useStoredIssues } from '../archive/use-stored-issues';

export function useArchiveCardCount(
  template: NewsletterTemplate,
  templates: readonly NewsletterTemplate[],
): ArchiveCardCount | undefined {
  const { issues, ready } = useStoredIssues();
  const { id, sections, cardShapes } = template;
  const texts = useMemo(
    () =>
      [...issues.values()]
        .filter((c) => c.archived && templateOfIssue(c.issue, templates).id === id)
        .map((c) => exportIssue(c.issue)),
    [issues, templates, id],
  );
  return useMemo(
    () => (ready ? countArchiveCards(texts, { sections, cardShapes }) : undefined),
    [ready, texts, sections, cardShapes],
  );
}
