import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importIssue } from '../markdown/import-issue';
import type { Issue, LinkCard } from '../model/types';
import { buildLinkIndex, duplicatesWithin, findFeatured, type LinkIndex } from './link-index';

const corpusDir = join(process.cwd(), 'test/fixtures/eks-news');
let issues: Issue[] = [];
let index: LinkIndex;

beforeAll(() => {
  issues = readdirSync(corpusDir)
    .filter((name) => /^\d{3}\.md$/.test(name))
    .sort()
    .map((name) =>
      importIssue(readFileSync(join(corpusDir, name), 'utf8'), { id: name.slice(0, 3), now: 0 }),
    );
  index = buildLinkIndex(issues);
});

const cardsOf = (issue: Issue): LinkCard[] =>
  issue.sections.flatMap((section) =>
    section.blocks.filter((block): block is LinkCard => block.kind === 'card'),
  );

describe('the link index of the whole archive', () => {
  it('indexes all 79 issues', () => {
    expect(issues).toHaveLength(79);
    expect(index.byUrl.size).toBeGreaterThan(1500);
  });

  it('says a video pasted in another form into a new issue was in 056', () => {
    const found = findFeatured(index, 'https://youtu.be/9AQEptIi2o8', { excludeIssueId: 'new' });
    expect(found.map(({ slug, where, cardTitle }) => ({ slug, where, cardTitle }))).toEqual([
      {
        slug: '056',
        where: 'card',
        cardTitle:
          'Introduction to SPIFFE: An Open Source Standard for Universal Software Identity',
      },
    ]);
  });

  it('finds a 056 blog post pasted without its trailing slash, and a bullet link of 056', () => {
    const birthday = findFeatured(
      index,
      'https://aws.amazon.com/blogs/containers/happy-5th-birthday-amazon-eks',
    );
    expect(birthday.map((o) => [o.slug, o.where])).toEqual([['056', 'card']]);
    const finch = findFeatured(index, 'https://github.com/runfinch/finch/').filter(
      (o) => o.slug === '056',
    );
    expect(finch.map((o) => [o.where, o.cardTitle])).toEqual([
      ['bullet', 'All you need to know about moving to containerd on Amazon EKS'],
    ]);
  });

  it('lists a link featured in two issues oldest first, and only earlier ones when asked', () => {
    const url = 'https://buttondown.email/nelhage/archive/two-reasons-kubernetes-is-so-complex';
    expect(findFeatured(index, url).map((o) => o.slug)).toEqual(['003', '025']);
    expect(findFeatured(index, url, { beforeSlug: '025' }).map((o) => o.slug)).toEqual(['003']);
    expect(findFeatured(index, url, { excludeIssueId: '003' }).map((o) => o.slug)).toEqual(['025']);
  });

  it('finds every card of every issue under its own URL', () => {
    const lost = issues.flatMap((issue) =>
      cardsOf(issue)
        .filter((card) => card.url.trim() !== '')
        .filter(
          (card) =>
            !findFeatured(index, card.url).some(
              (o) => o.issueId === issue.id && o.cardId === card.id,
            ),
        )
        .map((card) => `${issue.id}: ${card.url}`),
    );
    expect(lost).toEqual([]);
  });

  it('flags the repeated cards of 011 and 072, and nothing in 056', () => {
    const byId = (id: string) => issues.find((issue) => issue.id === id) as Issue;
    expect(duplicatesWithin(byId('011')).map((d) => d.url)).toEqual([
      'https://youtube.com/watch?v=mVyQBK1SZVE',
    ]);
    // 072 gives two different announcements the same link.
    const [pod] = duplicatesWithin(byId('072'));
    expect(pod?.url).toBe(
      'https://aws.amazon.com/about-aws/whats-new/2025/03/amazon-emr-eks-eks-pod-identity',
    );
    expect(pod?.occurrences.map((o) => o.cardTitle)).toEqual([
      'Amazon EMR on EKS now supports Amazon EKS Pod Identity',
      'Amazon Managed Service for Prometheus collector adds support for cross-account ingestion',
    ]);
    expect(duplicatesWithin(byId('056'))).toEqual([]);
  });
});
