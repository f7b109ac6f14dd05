import type { NewsletterTemplate } from './template';

/** The section a pasted link belongs in, by the template's URL rules. */
export function suggestSection(template: NewsletterTemplate, url: string): string {
  const parsed = parseHostAndPath(url);
  if (!parsed) return template.defaultSection;
  const rule = template.urlRules.find(
    (r) =>
      (parsed.host === r.host || parsed.host.endsWith(`.${r.host}`)) &&
      (!r.pathPrefix || parsed.path.startsWith(r.pathPrefix)),
  );
  return rule?.section ?? template.defaultSection;
}

function parseHostAndPath(url: string): { host: string; path: string } | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)([^?#]*)/i.exec(url.trim());
  if (!match) return undefined;
  const host = (match[1] ?? '')
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
  return { host, path: match[2] || '/' };
}
