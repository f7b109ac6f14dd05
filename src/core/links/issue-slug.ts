import type { Issue } from '../model/types';

/** The issue's `slug` front matter value ("056"), or '' when it has none. */
export function issueSlug(issue: Issue): string {
  const entry = issue.frontMatter.entries.find((candidate) => candidate.key === 'slug');
  const value = entry?.value;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

let slugOrder: Intl.Collator | undefined;

/** Orders slugs as issue numbers where they are numbers ("9" before "10"), as text otherwise. */
export function compareSlugs(a: string, b: string): number {
  // One collator for every comparison (localeCompare with options makes one per call), made at
  // the first: making it loads the locale's collation data, 7-13 ms that an issue's opening
  // waited on while this module was evaluated.
  return warmSlugOrder().compare(a, b);
}

/** Makes the slug collator now, for code to call while idle before it sorts by slug. */
export function warmSlugOrder(): Intl.Collator {
  slugOrder ??= new Intl.Collator('en', { numeric: true });
  return slugOrder;
}
