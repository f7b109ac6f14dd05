import { createElement, type ReactNode } from 'react';
import { formatDate } from '../../core/render/format-date';
import type { ReviewCard, ReviewIssue, ReviewPart } from './review-issue';

// The issue as subscribers will see it. Every HTML string here comes from the preview's renderer,
// which escapes text and passes every URL through the URL door; the title is React text. In review mode each card gets the controls `cardExtras` gives it.

export interface ReviewIssueViewProps {
  issue: ReviewIssue;
  cardExtras?: (card: ReviewCard) => { node: ReactNode; className?: string };
}

export function ReviewIssueView({ issue, cardExtras }: ReviewIssueViewProps) {
  const parts = (list: readonly ReviewPart[]) => <Parts parts={list} cardExtras={cardExtras} />;
  return (
    <article className="newsletter review-newsletter">
      <header className="issue-header">
        <h1>{issue.title || 'Untitled issue'}</h1>
        {issue.date && (
          <p className="issue-date">
            <time dateTime={issue.date}>{formatDate(issue.date)}</time>
          </p>
        )}
      </header>
      <Html className="preamble" html={issue.preambleHtml} />
      {parts(issue.intro)}
      {issue.sections.map((section, index) => (
        <section key={index}>
          <Html html={section.headingHtml} />
          {parts(section.parts)}
        </section>
      ))}
      <Html className="epilogue" html={issue.epilogueHtml} />
    </article>
  );
}

type Extras = ReviewIssueViewProps['cardExtras'];

function Parts({ parts, cardExtras }: { parts: readonly ReviewPart[]; cardExtras: Extras }) {
  return parts.map((part, index) => {
    if (part.kind === 'html') return <Html key={index} html={part.html} />;
    if (part.kind === 'card') {
      return <Card key={part.card.key} card={part.card} cardExtras={cardExtras} />;
    }
    return (
      <ul key={index} className="cards">
        {part.cards.map((card) => (
          <Card key={card.key} card={card} cardExtras={cardExtras} />
        ))}
      </ul>
    );
  });
}

function Card({ card, cardExtras }: { card: ReviewCard; cardExtras: Extras }) {
  const paragraph = card.style === 'paragraph';
  const body = paragraph
    ? `<p>${card.headerHtml}</p>${card.bulletsHtml}`
    : card.headerHtml + card.bulletsHtml;
  const extras = cardExtras?.(card);
  const className = extras?.className ? `card ${extras.className}` : 'card';
  return createElement(
    paragraph ? 'div' : 'li',
    { className, 'data-card-key': card.key },
    <div className="card-body" dangerouslySetInnerHTML={{ __html: body }} />,
    extras?.node,
  );
}

function Html({ html, className }: { html: string; className?: string }) {
  if (html === '') return null;
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
