import { describe, expect, it } from 'vitest';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../../core/markdown/import-issue';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { newIssue } from '../../core/template/new-issue';
import { addCard, createCard } from '../../core/model/ops/card-ops';
import { searchIssues } from './search-issues';

const archive = corpusFiles().map((name) => ({
  issue: importIssue(readCorpus(name), { id: `archive-${name.slice(0, 3)}` }),
  archived: true,
}));

function draftWithCard() {
  const blank = newIssue(eksNewsTemplate, '079', '2024-08-01T15:00:00Z', 1);
  const card = createCard(blank, {
    title: 'Moving to containerd on Amazon EKS, revisited',
    url: 'https://example.com/containerd-revisited',
    bullets: ['A second look at the containerd migration.'],
  });
  return { issue: addCard(blank, blank.sections[1]!.id, card), archived: false, card };
}

describe('searchIssues over the archive and a draft', () => {
  it('finds a card by words of its title, in every issue that has them, drafts first', () => {
    const draft = draftWithCard();
    const { hits } = searchIssues([...archive, draft], 'moving containerd');
    expect(hits[0]).toMatchObject({
      issueId: draft.issue.id,
      cardId: draft.card.id,
      archived: false,
    });
    expect(hits.map((h) => h.title)).toContain(
      'All you need to know about moving to containerd on Amazon EKS',
    );
    const fromArchive = hits.find((h) => h.issueId === 'archive-056')!;
    expect(fromArchive.url).toBe(
      'https://aws.amazon.com/blogs/containers/all-you-need-to-know-about-moving-to-containerd-on-amazon-eks/',
    );
    expect(fromArchive.snippet).toMatch(
      /^This post walks you through the context around Dockershim/,
    );
  });

  it('finds a card by its URL, however the URL is written', () => {
    const { hits } = searchIssues(
      archive,
      'http://www.aws.amazon.com/blogs/containers/happy-5th-birthday-amazon-eks?utm_source=x',
    );
    expect(hits.map((h) => [h.slug, h.title])).toEqual([['056', 'Happy 5th Birthday Amazon EKS!']]);
  });

  it('finds bullet text and links inside bullets, and issue titles', () => {
    const bullet = searchIssues(archive, 'undifferentiated heavy lifting');
    expect(bullet.hits.map((h) => h.title)).toContain('AWS introduces container image signing');
    const inner = searchIssues(archive, 'github.com/runfinch/finch');
    expect(inner.hits.some((h) => h.slug === '056' && /containerd/.test(h.title))).toBe(true);
    const issue = searchIssues(archive, 'EKS News 056');
    expect(issue.hits[0]).toMatchObject({ slug: '056', title: 'EKS News 056' });
    expect(issue.hits[0]).not.toHaveProperty('cardId');
  });

  it("finds the text after a card's title and its description", () => {
    const trailing = searchIssues(archive, 'directly patch container image vulnerabilities');
    expect(trailing.hits.map((h) => [h.slug, h.title])).toContainEqual(['049', 'Copacetic']);
    const described = searchIssues(archive, 'Dive into App Runner');
    expect(described.hits[0]).toMatchObject({
      slug: '005',
      title: 'AWS App Runner adds support for Amazon VPC!',
    });
    expect(described.hits[0]?.snippet).toMatch(/^Dive into App Runner/);
  });

  it('returns nothing for an empty query and caps the hits it returns', () => {
    expect(searchIssues(archive, '   ')).toEqual({ hits: [], total: 0 });
    const many = searchIssues(archive, 'eks', 10);
    expect(many.hits).toHaveLength(10);
    expect(many.total).toBeGreaterThan(100);
  });

  it('finds each card once, every card holding the words, and caps without reordering', () => {
    for (const query of ['eks', 'amazon eks', 'karpenter nodes', 'the', 'containerd']) {
      const words = query.split(' ');
      const all = searchIssues(archive, query, Infinity);
      const cardHits = all.hits.filter((hit) => hit.cardId !== undefined);
      const keys = cardHits.map((hit) => `${hit.issueId} ${hit.cardId}`);
      expect(new Set(keys).size).toBe(keys.length);
      // Every card whose title, URL or bullets (as plain text) hold every word is found.
      for (const { issue } of archive) {
        const cards = issue.sections.flatMap((section) => section.blocks);
        for (const card of cards) {
          if (card.kind !== 'card') continue;
          const bullets = card.bullets.map((b) =>
            b.content.map((run) => (run.kind === 'text' ? run.text : '')).join(''),
          );
          const text = [card.title, card.url, ...bullets].join('\n').toLowerCase();
          if (words.every((word) => text.includes(word))) {
            expect(keys).toContain(`${issue.id} ${card.id}`);
          }
        }
      }
      const capped = searchIssues(archive, query, 25);
      expect(capped.total).toBe(all.total);
      expect(capped.hits).toEqual(all.hits.slice(0, 25));
    }
  });
});
