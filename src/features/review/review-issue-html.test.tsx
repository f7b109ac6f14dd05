// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { tomlFrontMatterReader } from '../../core/front-matter/toml-front-matter-reader';
import { readReviewIssue } from './read-review-issue';
import { reviewIssueHtml } from './review-issue-html';
import type { ReviewIssue } from './review-issue';
import { ReviewIssueView } from './review-issue-view';

// The page's plain view sets the issue as one string: it must be the DOM the view renders.

const corpus = (name: string) =>
  readFileSync(join(process.cwd(), 'test/fixtures/eks-news', name), 'utf8');

/** The article's children as the browser parses them, so both sides are compared as DOM. */
function parsed(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.innerHTML;
}

function viewHtml(issue: ReviewIssue): string {
  const article = renderToStaticMarkup(<ReviewIssueView issue={issue} />);
  return /^<article[^>]*>([\s\S]*)<\/article>$/.exec(article)?.[1] ?? article;
}

describe('the issue as one HTML string', () => {
  it.each(['000.md', '010.md', '056.md', '071.md'])('is the view of %s', (name) => {
    const markdown = corpus(name);
    const issue = readReviewIssue(markdown, [tomlFrontMatterReader]);
    expect(parsed(reviewIssueHtml(issue))).toBe(parsed(viewHtml(issue)));
  });

  it('escapes the title and date, with a preamble, an epilogue and an untitled issue', () => {
    const markdown = [
      '+++',
      'title = "<b>Bold</b> & \\"quoted\\""',
      'date = "2024-01-02T03:04:05<x>"',
      '+++',
      'Before the list.',
      '',
      '* [One](https://example.org/1)',
      '    * a bullet',
      '',
      '## Section',
      '',
      '[Two](https://example.org/2)',
      '',
      '<!-- end -->',
    ].join('\n');
    const issue = readReviewIssue(markdown, [tomlFrontMatterReader]);
    const html = parsed(reviewIssueHtml(issue));
    expect(html).toBe(parsed(viewHtml(issue)));
    expect(html).toContain('<h1>&lt;b&gt;Bold&lt;/b&gt; &amp; "quoted"</h1>');
    const untitled = readReviewIssue('* [One](https://example.org/1)\n', [tomlFrontMatterReader]);
    expect(reviewIssueHtml(untitled)).toContain('<h1>Untitled issue</h1>');
  });
});
