import type { FrontMatter, FrontMatterValue } from '../model/types';
import { escapeHtml } from './escape-html';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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

/** `2023-06-09T07:00:00Z` as `June 9, 2023`, read from the text so no time zone shifts it. */
export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return date;
  return `${month} ${Number(match[3])}, ${match[1]}`;
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
