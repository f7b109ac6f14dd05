import type { NewsletterTemplate } from './template';

/** The template with its `from`th section moved to place `to`; out of range changes nothing. */
export function moveTemplateSection(
  template: NewsletterTemplate,
  from: number,
  to: number,
): NewsletterTemplate {
  const { sections } = template;
  const moving = sections[from];
  if (moving === undefined || to < 0 || to >= sections.length || to === from) return template;
  const rest = sections.filter((_, i) => i !== from);
  return { ...template, sections: [...rest.slice(0, to), moving, ...rest.slice(to)] };
}
