import type { Issue } from '../model/types';

/** The issue's `slug` front matter value ("056"), or '' when it has none. */
export function issueSlug(issue: Issue): string {
  const entry = issue.frontMatter.entries.find((candidate) => candidate.key === 'slug');
  const value = entry?.value;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Orders slugs as issue numbers where they are numbers ("9" before "10"), as text otherwise. */
export function compareSlugs(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
