import type { CardShape } from '../model/card-shape';
import type { NewsletterTemplate } from './template';

/**
 * The item shapes a template reads as cards under a section heading: the shapes of the section
 * it names (by its name or an earlier one, ignoring case), else the template's own; the intro
 * (no heading) gets the template's own. Pass it as importIssueWith's `cardShapes`.
 */
export function templateCardShapes(
  template: Pick<NewsletterTemplate, 'sections' | 'cardShapes'>,
): (heading: string | undefined) => readonly CardShape[] {
  const bySection = new Map<string, readonly CardShape[]>();
  for (const section of template.sections) {
    for (const name of [section.name, ...section.aliases]) {
      bySection.set(name.trim().toLowerCase(), section.cardShapes);
    }
  }
  return (heading) =>
    (heading === undefined ? undefined : bySection.get(heading.trim().toLowerCase())) ??
    template.cardShapes;
}
