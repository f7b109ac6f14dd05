import { exportIssue } from '../core/markdown/export-issue';
import { replaceText } from '../core/model/ops/replace-text';
import { addCard, createCard } from '../core/model/ops/card-ops';
import { InputError } from '../core/errors';
import { lintIssue, type LintProblem } from '../core/lint/lint-issue';
import { BUILT_IN_TEMPLATES } from '../core/template/built-in-templates';
import { findIssueSection } from '../core/template/find-issue-section';
import { importWithTemplate } from '../core/template/import-with-template';
import type { NewsletterTemplate } from '../core/template/template';
import { renderIssue } from '../core/render/render-issue';
import { classifyUrl } from '../core/url/classify-url';

/** The template given, or the built-ins to choose from per file (see take-template-option.ts). */
type Templates = NewsletterTemplate | readonly NewsletterTemplate[];

function read(text: string, templates: Templates) {
  return importWithTemplate(text, templates).issue;
}

/**
 * The CLI's commands as functions over text, so tests can call them without a process. Each
 * reads the file with the template given, or with the one of `templates` it fits best.
 */
export function roundtripText(text: string, templates: Templates = BUILT_IN_TEMPLATES): string {
  return exportIssue(read(text, templates));
}

/** The file with `find` replaced, or null when no text an editor can change holds `find`. */
export function replaceTextIn(
  text: string,
  find: string,
  replacement: string,
  templates: Templates = BUILT_IN_TEMPLATES,
): string | null {
  const issue = read(text, templates);
  const replaced = replaceText(issue, find, replacement);
  return replaced === issue ? null : exportIssue(replaced);
}

export interface AddCardArgs {
  section: string;
  title: string;
  url: string;
  tag?: string;
  bullets?: string[];
}

export function addCardText(
  text: string,
  args: AddCardArgs,
  templates: Templates = BUILT_IN_TEMPLATES,
): string {
  const { issue, template } = importWithTemplate(text, templates);
  // The section as the file calls it, or by any name the template knows it by.
  const section = findIssueSection(issue, template, args.section);
  if (!section) {
    const known = issue.sections.map((s) => `"${s.heading}"`).join(', ');
    throw new InputError(`no section "${args.section}" (the issue has ${known || 'no sections'})`);
  }
  const kind = classifyUrl(args.url);
  if (kind !== 'http' && kind !== 'mailto') {
    throw new InputError(`only http(s) and mailto links can be added, not "${args.url}"`);
  }
  const card = createCard(issue, { ...args, bullets: args.bullets ?? [] });
  return exportIssue(addCard(issue, section.id, card));
}

export function renderText(text: string, templates: Templates = BUILT_IN_TEMPLATES): string {
  return renderIssue(read(text, templates));
}

export function jsonText(text: string, templates: Templates = BUILT_IN_TEMPLATES): string {
  const { issue } = importWithTemplate(text, templates, { id: 'cli', now: 0 });
  return JSON.stringify(issue, null, 2);
}

/** Lint with the checks and patterns of the file's template. */
export function checkText(text: string, templates: Templates = BUILT_IN_TEMPLATES): LintProblem[] {
  const { issue, template } = importWithTemplate(text, templates);
  return lintIssue(issue, template);
}
