import type { NewsletterTemplate } from './template';

/**
 * The template with its `index`th section named `name`: the name it had becomes an earlier name
 * (so the archive's issues, which use it, still find the section), a new name that was an
 * earlier one stops being one, and the URL rules and the default section follow. A blank name
 * or an index out of range changes nothing; the door (admitTemplate) still checks the result,
 * for a name another section answers to.
 */
export function renameTemplateSection(
  template: NewsletterTemplate,
  index: number,
  name: string,
): NewsletterTemplate {
  const section = template.sections[index];
  const next = name.trim();
  if (section === undefined || next === '' || next === section.name) return template;
  const same = (a: string) => a.trim().toLowerCase() === next.toLowerCase();
  const old = section.name;
  const aliases = [...section.aliases.filter((alias) => !same(alias))];
  if (!same(old) && !aliases.includes(old)) aliases.unshift(old);
  const sections = template.sections.map((s, i) =>
    i === index ? { ...s, name: next, aliases } : s,
  );
  return {
    ...template,
    sections,
    defaultSection: template.defaultSection === old ? next : template.defaultSection,
    urlRules: template.urlRules.map((rule) =>
      rule.section === old ? { ...rule, section: next } : rule,
    ),
  };
}
