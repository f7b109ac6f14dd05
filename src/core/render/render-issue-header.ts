import type { FrontMatter, FrontMatterValue } from '../model/types';
import { escapeHtml } from './escape-html';
import { formatDate } from './format-date';

/** The title and date of the front matter as a `<header>`, or '' when it has neither. */
export function renderIssueHeader(frontMatter: FrontMatter): string {
  const title = textOf(valueOf(frontMatter, 'title'));
  const date = textOf(valueOf(frontMatter, 'date'));
  if (!title && !date) return '';
  const heading = title ? `<h1>${escapeHtml(title)}</h1>` : '';
  const time = date
    ? `<p class="issue-date"><time datetime="${escapeHtml(date)}">${escapeHtml(formatDate(date))}</time></p>`
    : '';
  return `<header class="issue-header">${heading}${time}</header>`;
}

function valueOf(frontMatter: FrontMatter, key: string): FrontMatterValue | undefined {
  return frontMatter.entries.find((entry) => entry.key === key)?.value;
}

function textOf(value: FrontMatterValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof value.date === 'string'
  ) {
    return value.date;
  }
  return '';
}
