// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importIssue } from '../../core/markdown/import-issue';
import type { Block, LinkCard } from '../../core/model/types';
import { renderIssue } from '../../core/render/render-issue';
import { FRONT_MATTER_READERS } from '../../core/front-matter/parse-front-matter';
import { readReviewIssue } from './read-review-issue';
import { reviewCardKeys } from './review-card-key';
import type { ReviewIssue, ReviewPart } from './review-issue';

// The reviewer's page reads markdown with the core importer and renders it with the preview's
// renderer, card by card so notes can attach: put back together, the parts must show every
// card, text and link the editor's preview shows, on every corpus issue.

// test/helpers/corpus.ts resolves its folder with the URL global, which jsdom replaces here.
const corpusDir = join(process.cwd(), 'test/fixtures/eks-news');
const corpusFiles = () => readdirSync(corpusDir).filter((name) => /^\d{3}\.md$/.test(name));
const readCorpus = (name: string) => readFileSync(join(corpusDir, name), 'utf8');

function partsHtml(parts: readonly ReviewPart[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'html') return part.html;
      if (part.kind === 'card') return `<div>${part.card.headerHtml}${part.card.bulletsHtml}</div>`;
      return part.cards.map((card) => `<li>${card.headerHtml}${card.bulletsHtml}</li>`).join('');
    })
    .join('');
}

function reviewDom(issue: ReviewIssue): HTMLElement {
  const sections = issue.sections.map((s) => s.headingHtml + partsHtml(s.parts));
  const element = document.createElement('div');
  element.innerHTML =
    issue.preambleHtml + partsHtml(issue.intro) + sections.join('') + issue.epilogueHtml;
  return element;
}

function coreDom(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

function cardsOf(blocks: Block[]): LinkCard[] {
  return blocks.filter((block): block is LinkCard => block.kind === 'card');
}

const hrefs = (element: HTMLElement) =>
  [...element.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
const text = (element: HTMLElement) => (element.textContent ?? '').replace(/\s+/g, '');

describe('the reviewer page reads the corpus as the editor does', () => {
  it.each(corpusFiles())('%s', (name) => {
    const markdown = readCorpus(name);
    const core = importIssue(markdown);
    const review = readReviewIssue(markdown, FRONT_MATTER_READERS);
    const coreCards = [...cardsOf(core.intro), ...core.sections.flatMap((s) => cardsOf(s.blocks))];

    expect(review.cards.map((card) => card.url)).toEqual(coreCards.map((card) => card.url));
    expect(review.cards.map((card) => card.key)).toEqual(
      reviewCardKeys(coreCards.map((card) => card.url)),
    );
    expect(review.cards.map((card) => card.tag)).toEqual(coreCards.map((card) => card.tag));
    expect(review.cards.map((card) => card.title)).toEqual(coreCards.map((card) => card.title));
    expect(review.sections.map((s) => s.heading)).toEqual(core.sections.map((s) => s.heading));

    const mine = reviewDom(review);
    const theirs = coreDom(renderIssue(core, { header: false }));
    expect(text(mine)).toBe(text(theirs));
    expect(hrefs(mine)).toEqual(hrefs(theirs));
  });

  it('reads the header fields and keeps shortcodes as placeholders', () => {
    const review = readReviewIssue(readCorpus('056.md'), FRONT_MATTER_READERS);
    expect(review).toMatchObject({
      title: 'EKS News 056',
      date: '2023-06-09T07:00:00Z',
      slug: '056',
    });
    expect(review.preambleHtml).toContain('data-shortcode="eo"');
    expect(review.sections.map((s) => s.heading)).toContain('AWS blogs');
  });

  it('shows the body of a draft whose front matter the editor could not read', () => {
    const markdown = '+++\ntitle = "EKS News 099\n+++\n\n## S\n\n* [A](https://x.org)\n  * Why.\n';
    const review = readReviewIssue(markdown, FRONT_MATTER_READERS);
    expect(review.title).toBe('');
    expect(review.cards.map((card) => card.title)).toEqual(['A']);
    expect(reviewDom(review).textContent).not.toContain('EKS News 099');
  });

  it('gives repeated URLs their own keys', () => {
    const markdown = '## S\n\n* [A](https://x.org)\n* [B](https://x.org)\n* [C](https://y.org)\n';
    const keys = readReviewIssue(markdown, FRONT_MATTER_READERS).cards.map((card) => card.key);
    expect(new Set(keys).size).toBe(3);
    expect(keys[1]).toBe(`${keys[0]}-2`);
  });
});
