// The link index part of the repository contract: findLinks answers "where was this link
// featured" across stored issues, and every write, batch and delete keeps it current. Test-only;
// see issue-repository-contract.ts.

import { describe, expect, it } from 'vitest';
import { findFeatured } from '../../src/core/links/link-index';
import type { LinkCard } from '../../src/core/model/types';
import type { IssueRepository } from '../../src/persistence/issue-repository';
import type { RepositoryFactory } from './issue-repository-contract';
import { buildTestIssue } from './test-issue';

/** Where `url` occurs, as "slug card-id where", in the order findFeatured gives. */
async function placesOf(repo: IssueRepository, url: string): Promise<string[]> {
  const index = await repo.findLinks([url]);
  return findFeatured(index, url).map((o) => `${o.slug} ${o.cardId ?? '-'} ${o.where}`);
}

export function describeLinkIndexContract(make: RepositoryFactory): void {
  describe('link index', () => {
    it('finds a card URL in every issue that holds it, however the URL is written', async () => {
      const repo = make();
      const older = buildTestIssue({ slug: '054', cards: 2 });
      const newer = buildTestIssue({ slug: '077', cards: 3 });
      await repo.put(newer);
      await repo.put(older);
      const index = await repo.findLinks(['http://www.example.com/articles/2/?utm_source=x']);
      const found = findFeatured(index, 'https://example.com/articles/2');
      expect(found).toEqual([
        {
          issueId: older.id,
          slug: '054',
          cardId: `${older.id}-c2`,
          cardTitle: 'Card 2: scaling clusters with Karpenter',
          where: 'card',
          url: 'https://example.com/articles/2',
        },
        expect.objectContaining({ issueId: newer.id, slug: '077', cardId: `${newer.id}-c2` }),
      ]);
      expect(await placesOf(repo, 'https://example.com/articles/3')).toEqual([
        `077 ${newer.id}-c3 card`,
      ]);
      expect((await repo.findLinks(['https://example.com/never-featured'])).byUrl.size).toBe(0);
      expect((await repo.findLinks([])).byUrl.size).toBe(0);
    });

    it('finds links in bullets, and several URLs in one lookup', async () => {
      const repo = make();
      const issue = buildTestIssue({ slug: '060', cards: 2 });
      await repo.put(issue);
      const index = await repo.findLinks(['https://eks.news', 'https://example.com/articles/1']);
      expect(findFeatured(index, 'https://eks.news').map((o) => o.where)).toEqual([
        'bullet',
        'bullet',
      ]);
      expect(findFeatured(index, 'https://example.com/articles/1')).toHaveLength(1);
    });

    it('follows each save: a changed URL moves, a removed card goes, a new slug shows', async () => {
      const repo = make();
      const issue = buildTestIssue({ slug: '070', cards: 3 });
      const rev = await repo.put(issue);
      const [first, second] = issue.sections[0]!.blocks as LinkCard[];
      first!.url = 'https://example.com/edited';
      issue.sections[1]!.blocks = [];
      issue.frontMatter.entries = issue.frontMatter.entries.map((entry) =>
        entry.key === 'slug' ? { ...entry, value: '071' } : entry,
      );
      await repo.put(issue, rev);
      expect(await placesOf(repo, 'https://example.com/articles/1')).toEqual([]);
      expect(await placesOf(repo, 'https://example.com/edited')).toEqual([`071 ${first!.id} card`]);
      expect(await placesOf(repo, 'https://example.com/articles/2')).toEqual([]);
      expect(second).toBeUndefined();
    });

    it('tells each link the newsletter of its issue, a draft or archived', async () => {
      const repo = make();
      const flux = { ...buildTestIssue({ slug: '2024-01', cards: 1 }), templateId: 'flux' };
      const eks = { ...buildTestIssue({ slug: '061', cards: 1 }), templateId: 'eks-news' };
      const before = buildTestIssue({ slug: '040', cards: 1 });
      await repo.put(flux);
      await repo.writeBatch({
        issues: [
          { issue: eks, archived: true },
          { issue: before, archived: true },
        ],
        revisions: [],
      });
      const url = 'https://example.com/articles/1';
      const index = await repo.findLinks([url]);
      const inFlux = findFeatured(index, url, { templateId: 'flux' });
      expect(inFlux.map((o) => [o.issueId, o.templateId])).toEqual([[flux.id, 'flux']]);
      const inEks = findFeatured(index, url, { templateId: 'eks-news' });
      expect(inEks.map((o) => [o.slug, o.templateId])).toEqual([
        ['040', undefined],
        ['061', 'eks-news'],
      ]);
    });

    it('indexes a batch and forgets a deleted issue', async () => {
      const repo = make();
      const a = buildTestIssue({ slug: '010', cards: 1 });
      const b = buildTestIssue({ slug: '011', cards: 1 });
      await repo.writeBatch({
        issues: [
          { issue: a, archived: true },
          { issue: b, archived: false },
        ],
        revisions: [],
      });
      expect(await placesOf(repo, 'https://example.com/articles/1')).toEqual([
        `010 ${a.id}-c1 card`,
        `011 ${b.id}-c1 card`,
      ]);
      await repo.delete(a.id);
      expect(await placesOf(repo, 'https://example.com/articles/1')).toEqual([
        `011 ${b.id}-c1 card`,
      ]);
    });
  });
}
