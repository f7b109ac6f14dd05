import type { NewsletterTemplate } from './template';

/**
 * The place of a heading in the template's section order, by the section's current or an
 * earlier name (trimmed, ignoring case); -1 for a heading the template does not know.
 */
export function templateSectionOrder(
  template: Pick<NewsletterTemplate, 'sections'>,
  heading: string,
): number {
  const wanted = heading.trim().toLowerCase();
  return template.sections.findIndex((s) =>
    [s.name, ...s.aliases].some((name) => name.trim().toLowerCase() === wanted),
  );
}
