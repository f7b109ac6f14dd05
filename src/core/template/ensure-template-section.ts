import { addSection } from '../model/ops/section-ops';
import type { Issue, Section } from '../model/types';
import { findIssueSection } from './find-issue-section';
import type { NewsletterTemplate } from './template';
import { templateSectionOrder } from './template-section-order';

/**
 * The issue's section for one of the template's sections (see findIssueSection), added when the
 * issue has none under any of its names: with the template's current name, at the issue's
 * heading level, where the template's order puts it (before the first section the template
 * orders after it, else after the last it orders before it, else at the end).
 */
export function ensureTemplateSection(
  issue: Issue,
  template: Pick<NewsletterTemplate, 'sections'>,
  sectionName: string,
): { issue: Issue; section: Section } | undefined {
  const found = findIssueSection(issue, template, sectionName);
  if (found) return { issue, section: found };
  const order = templateSectionOrder(template, sectionName);
  const heading = template.sections[order]?.name ?? sectionName;
  const at = order < 0 ? issue.sections.length : placeFor(issue, template, order);
  const next = addSection(issue, heading, at);
  const section = next.sections[at];
  return section && { issue: next, section };
}

/** The index for a new section of template place `order`; see ensureTemplateSection. */
function placeFor(issue: Issue, template: Pick<NewsletterTemplate, 'sections'>, order: number) {
  const orders = issue.sections.map((s) => templateSectionOrder(template, s.heading));
  const later = orders.findIndex((o) => o > order);
  if (later >= 0) return later;
  const earlier = orders.findLastIndex((o) => o >= 0 && o < order);
  return earlier >= 0 ? earlier + 1 : issue.sections.length;
}
