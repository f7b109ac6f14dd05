import { importIssue } from '../markdown/import-issue';
import type { ImportOptions } from '../markdown/import-issue-with';
import type { Issue } from '../model/types';
import { matchTemplate } from './match-template';
import type { NewsletterTemplate } from './template';
import { templateCardShapes } from './template-card-shapes';

/**
 * Reads a file with a template's card shapes: the template given, or of several the one the
 * file's front matter and sections fit best (matchTemplate). The file's bytes are kept either
 * way; the template decides which items are cards and which lint checks apply.
 */
export function importWithTemplate(
  text: string,
  choice: NewsletterTemplate | readonly NewsletterTemplate[],
  options: Omit<ImportOptions, 'cardShapes'> = {},
): { issue: Issue; template: NewsletterTemplate } {
  const template = isList(choice) ? matchTemplate(importIssue(text, options), choice) : choice;
  const issue = importIssue(text, { ...options, cardShapes: templateCardShapes(template) });
  return { issue, template };
}

function isList(
  choice: NewsletterTemplate | readonly NewsletterTemplate[],
): choice is readonly NewsletterTemplate[] {
  return Array.isArray(choice);
}
