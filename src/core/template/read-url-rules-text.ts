import type { UrlRule } from './template';

/**
 * The URL rules a section's text on the Template screen gives (urlRulesText's counterpart): hosts,
 * each with an optional path (`aws.amazon.com/blogs`), separated by commas or spaces. A scheme and
 * a leading `www.` are dropped and hosts lower-cased, as links are matched; anything else is kept
 * as typed, for the template door to refuse with its reason.
 */
export function readUrlRulesText(text: string, section: string): UrlRule[] {
  return text
    .split(/[\s,]+/)
    .filter((part) => part !== '')
    .map((part) => {
      const bare = part.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
      const slash = bare.indexOf('/');
      const host = (slash < 0 ? bare : bare.slice(0, slash)).toLowerCase().replace(/^www\./, '');
      const path = slash < 0 ? '' : bare.slice(slash);
      return path === '' || path === '/' ? { host, section } : { host, pathPrefix: path, section };
    });
}
