import type { UrlRule } from './template';

/** The URL rules of a section as the Template screen edits them: `github.com, aws.amazon.com/blogs`. */
export function urlRulesText(rules: readonly UrlRule[]): string {
  return rules.map((rule) => rule.host + (rule.pathPrefix ?? '')).join(', ');
}
