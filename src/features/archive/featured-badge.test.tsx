// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/support/corpus-fixture';
import { importIssue } from '../../core/markdown/import-issue';
import type { LinkCard } from '../../core/model/types';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { FeaturedBadge } from './featured-badge';
import { importArchive } from './import-archive';
import { renderFeature } from '../../../test/support/render-feature';

afterEach(cleanup);

/** The first card of a corpus issue's section whose heading matches. */
function firstCard(file: string, heading: RegExp): LinkCard {
  const section = importIssue(readCorpus(file)).sections.find((s) => heading.test(s.heading));
  const card = section?.blocks.find((b): b is LinkCard => b.kind === 'card');
  if (card === undefined) throw new Error(`no card under ${heading} in ${file}`);
  return card;
}

async function archiveOf(...names: string[]): Promise<MemoryIssueRepository> {
  const repository = new MemoryIssueRepository();
  const files = names.map((name) => new File([readCorpus(name)], name));
  await importArchive(files, repository);
  return repository;
}

/** The same link as written by someone else: http, www, tracking parameters, a fragment. */
function writtenDifferently(url: string): string {
  const parsed = new URL(url);
  parsed.protocol = 'http:';
  parsed.hostname = parsed.hostname.startsWith('www.') ? parsed.hostname : `www.${parsed.hostname}`;
  parsed.searchParams.set('utm_source', 'newsletter');
  parsed.hash = 'comments';
  return parsed.href;
}

describe('<FeaturedBadge>', () => {
  it('says which issue featured a link, however the link is written, and links to it', async () => {
    const repository = await archiveOf('054.md', '056.md');
    const card = firstCard('056.md', /blogs/i);
    renderFeature(repository, <FeaturedBadge url={writtenDifferently(card.url)} issueId="new" />);
    const badge = await screen.findByRole('link', { name: 'Already featured in #056' });
    expect(badge.getAttribute('href')).toBe('/issues/archive-056/preview');
    expect(badge.getAttribute('title')).toContain(card.title);
  });

  it('shows nothing for a new link, an empty one, or a link only the same issue holds', async () => {
    const repository = await archiveOf('056.md');
    const card = firstCard('056.md', /blogs/i);
    renderFeature(
      repository,
      <>
        <p>badges:</p>
        <FeaturedBadge url="https://example.com/never-featured" />
        <FeaturedBadge url="" />
        <FeaturedBadge url={card.url} issueId="archive-056" />
        <FeaturedBadge url={card.url} />
      </>,
    );
    await screen.findByRole('link', { name: 'Already featured in #056' });
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('follows the archive: a link appears once its issue is imported', async () => {
    const repository = await archiveOf('054.md');
    const card = firstCard('056.md', /blogs/i);
    renderFeature(repository, <FeaturedBadge url={card.url} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('link')).toBeNull();
    await importArchive([new File([readCorpus('056.md')], '056.md')], repository);
    expect(await screen.findByRole('link', { name: 'Already featured in #056' })).toBeTruthy();
  });
});
