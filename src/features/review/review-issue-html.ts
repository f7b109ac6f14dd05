import { escapeHtml } from '../../core/render/escape-html';
import { formatDate } from '../../core/render/format-date';
import type { ReviewCard, ReviewIssue, ReviewPart } from './review-issue';

// The issue as the reviewer's page first shows it, as one HTML string: the markup
// ReviewIssueView renders with no card controls, set in one go rather than built as a React
// element per card and per block (the page's plain view; review mode renders the view, with
// each card's controls). Every piece comes from the preview's renderer, which escapes text and
// passes every URL through the URL door; the title, date and card keys are escaped here.

/** The inner HTML of the issue's `<article>`. */
export function reviewIssueHtml(issue: ReviewIssue): string {
  const date = issue.date
    ? `<p class="issue-date"><time datetime="${escapeHtml(issue.date)}">` +
      `${escapeHtml(formatDate(issue.date))}</time></p>`
    : '';
  const header =
    `<header class="issue-header"><h1>${escapeHtml(issue.title || 'Untitled issue')}</h1>` +
    `${date}</header>`;
  const sections = issue.sections.map(
    (section) => `<section>${html(section.headingHtml)}${parts(section.parts)}</section>`,
  );
  return (
    header +
    html(issue.preambleHtml, 'preamble') +
    parts(issue.intro) +
    sections.join('') +
    html(issue.epilogueHtml, 'epilogue')
  );
}

function parts(list: readonly ReviewPart[]): string {
  return list
    .map((part) => {
      if (part.kind === 'html') return html(part.html);
      if (part.kind === 'card') return card(part.card);
      return `<ul class="cards">${part.cards.map(card).join('')}</ul>`;
    })
    .join('');
}

function card(card: ReviewCard): string {
  const paragraph = card.style === 'paragraph';
  const body = paragraph
    ? `<p>${card.headerHtml}</p>${card.bulletsHtml}`
    : card.headerHtml + card.bulletsHtml;
  const tag = paragraph ? 'div' : 'li';
  return (
    `<${tag} class="card" data-card-key="${escapeHtml(card.key)}">` +
    `<div class="card-body">${body}</div></${tag}>`
  );
}

function html(content: string, className?: string): string {
  if (content === '') return '';
  return className ? `<div class="${className}">${content}</div>` : `<div>${content}</div>`;
}
