import { importIssue } from '../core/markdown/import-issue';
import { exportIssue } from '../core/markdown/export-issue';
import { replaceText } from '../core/model/ops/replace-text';
import { addCard, createCard } from '../core/model/ops/card-ops';
import { InputError } from '../core/errors';
import { lintIssue, type LintProblem } from '../core/lint/lint-issue';
import { eksNewsTemplate } from '../core/template/eks-news';
import { renderIssue } from '../core/render/render-issue';
import { classifyUrl } from '../core/url/classify-url';

/** The CLI's commands as functions over text, so tests can call them without a process. */
export function roundtripText(text: string): string {
  return exportIssue(importIssue(text));
}

/** The file with `find` replaced, or null when no text an editor can change holds `find`. */
export function replaceTextIn(text: string, find: string, replacement: string): string | null {
  const issue = importIssue(text);
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

export function addCardText(text: string, args: AddCardArgs): string {
  const issue = importIssue(text);
  const wanted = args.section.trim().toLowerCase();
  const section = issue.sections.find((s) => s.heading.trim().toLowerCase() === wanted);
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

export function renderText(text: string): string {
  return renderIssue(importIssue(text));
}

export function jsonText(text: string): string {
  return JSON.stringify(importIssue(text, { id: 'cli', now: 0 }), null, 2);
}

export function checkText(text: string): LintProblem[] {
  return lintIssue(importIssue(text), eksNewsTemplate);
}
