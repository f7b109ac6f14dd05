// A new issue from the template that follows the existing ones (give the summaries of that
// newsletter's issues): the slug after the highest slug, the date one cadence step after the
// newest date (or today when that is long past). The issue belongs to the template.

import type { Issue } from '../../core/model/types';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { newIssue } from '../../core/template/new-issue';
import { nextDate, nextSlug } from '../../core/template/next-issue';
import type { NewsletterTemplate } from '../../core/template/template';
import type { IssueSummary } from '../../persistence/issue-repository';

export function createNextIssue(
  summaries: IssueSummary[],
  today: Date,
  template: NewsletterTemplate = eksNewsTemplate,
): Issue {
  const slug = nextSlug(
    template,
    summaries.map((s) => s.slug),
  );
  const date = nextDate(template, today, newestDate(summaries));
  return { ...newIssue(template, slug, date, today.getTime()), templateId: template.id };
}

/** The latest front matter date among the summaries, if any can be read. */
export function newestDate(summaries: IssueSummary[]): Date | undefined {
  const times = summaries.map((s) => Date.parse(s.date)).filter((t) => Number.isFinite(t));
  return times.length > 0 ? new Date(Math.max(...times)) : undefined;
}
