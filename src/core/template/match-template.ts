import { getFrontMatterString } from '../front-matter/get-front-matter-string';
import type { Issue } from '../model/types';
import { fillPattern } from './next-issue';
import type { NewsletterTemplate } from './template';
import { templateSectionOrder } from './template-section-order';

/**
 * How well an issue fits a template, from what a file says before any card is read: the front
 * matter's format (1), the share of the template's front matter keys the file has (up to 1), the
 * share of the file's section headings the template names, by a name or an earlier one (up to
 * 2), and the title the template's pattern gives for the file's slug and date (1). The generic
 * template names few keys and one section, so a file of a described newsletter fits its own
 * template better, and a file nobody described fits the generic one best.
 */
export function templateFit(issue: Issue, template: NewsletterTemplate): number {
  const keys = new Set(issue.frontMatter.entries.map((entry) => entry.key));
  const wanted = template.frontMatter.entries.map(([key]) => key);
  const keyShare =
    wanted.length === 0 ? 0 : wanted.filter((k) => keys.has(k)).length / wanted.length;
  const headings = issue.sections.map((section) => section.heading);
  const named = headings.filter((heading) => templateSectionOrder(template, heading) >= 0);
  const sectionShare = headings.length === 0 ? 0 : named.length / headings.length;
  return (
    (issue.frontMatter.format === template.frontMatter.format ? 1 : 0) +
    keyShare +
    2 * sectionShare +
    (titleFits(issue, template) ? 1 : 0)
  );
}

/** The template that fits the issue best; the first of equals, so list the preferred first. */
export function matchTemplate(
  issue: Issue,
  templates: readonly NewsletterTemplate[],
): NewsletterTemplate {
  const [first, ...rest] = templates;
  if (!first) throw new Error('matchTemplate needs at least one template');
  let best = first;
  let bestFit = templateFit(issue, first);
  for (const template of rest) {
    const fit = templateFit(issue, template);
    if (fit > bestFit) [best, bestFit] = [template, fit];
  }
  return best;
}

function titleFits(issue: Issue, template: NewsletterTemplate): boolean {
  const pattern = template.patterns.title;
  if (pattern === undefined) return false;
  const value = (key: string) => getFrontMatterString(issue.frontMatter, key);
  return fillPattern(pattern, value('slug') ?? '', value('date') ?? '') === value('title');
}
