import type { Issue, Section } from '../model/types';
import type { NewsletterTemplate } from './template';
import { templateSectionOrder } from './template-section-order';

/**
 * The issue's section for one of the template's sections, named by its current or an earlier
 * name: the issue section headed by the current name, else the first headed by any earlier one
 * (056's "New videos and webinars" for "Videos and webinars"). Headings are compared trimmed and
 * ignoring case; a name the template does not know matches only itself. Undefined when the issue
 * has no such section.
 */
export function findIssueSection(
  issue: Issue,
  template: Pick<NewsletterTemplate, 'sections'>,
  sectionName: string,
): Section | undefined {
  const known = template.sections[templateSectionOrder(template, sectionName)];
  const current = fold(known?.name ?? sectionName);
  const names = new Set([current, ...(known?.aliases ?? []).map(fold)]);
  return (
    issue.sections.find((s) => fold(s.heading) === current) ??
    issue.sections.find((s) => names.has(fold(s.heading)))
  );
}

function fold(name: string): string {
  return name.trim().toLowerCase();
}
