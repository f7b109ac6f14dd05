/** The checks of `broadsheet check` and of the editor's lint panel; a template says which apply. */
export const LINT_CODES = [
  'empty-section',
  'card-without-summary',
  'duplicate-url',
  'unsafe-url',
  'site-relative-url',
  'title-pattern',
  'description-pattern',
] as const;

export type LintCode = (typeof LINT_CODES)[number];
