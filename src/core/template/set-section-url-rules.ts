import type { NewsletterTemplate, UrlRule } from './template';

/**
 * The template with the URL rules of section `section` replaced by `rules`, where its first rule
 * was (first match wins, so the other sections' rules keep their places), or at the end when it
 * had none.
 */
export function setSectionUrlRules(
  template: NewsletterTemplate,
  section: string,
  rules: readonly UrlRule[],
): NewsletterTemplate {
  const first = template.urlRules.findIndex((rule) => rule.section === section);
  const others = template.urlRules.filter((rule) => rule.section !== section);
  const at = first < 0 ? others.length : first;
  return { ...template, urlRules: [...others.slice(0, at), ...rules, ...others.slice(at)] };
}
