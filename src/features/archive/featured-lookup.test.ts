import { describe, expect, it, vi } from 'vitest';
import { readCorpus } from '../../../test/support/corpus-fixture';
import { importIssue } from '../../core/markdown/import-issue';
import { addCard, createCard } from '../../core/model/ops/card-ops';
import { allCards } from '../../core/model/ops/locate';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { normalizeUrl } from '../../core/links/normalize-url';
import { FeaturedLookup, WARM_URL } from './featured-lookup';

const corpusIssue = (name: string) =>
  importIssue(readCorpus(`${name}.md`), { id: `issue-${name}` });

/** Resolves once the lookup has told its listeners something. */
function told(lookup: FeaturedLookup): Promise<void> {
  return new Promise((resolve) => {
    const leave = lookup.subscribe(() => {
      resolve();
      queueMicrotask(leave);
    });
  });
}

describe('FeaturedLookup', () => {
  const earlier = corpusIssue('055');
  const sharedUrl = allCards(earlier)[3]!.card.url;
  // Issue 056 with a card that links what 055 featured.
  const base = corpusIssue('056');
  const open = addCard(
    base,
    base.sections[0]!.id,
    createCard(base, { title: 'Again', url: sharedUrl }),
  );
  const ownOnly = allCards(open).find(
    (c) => !allCards(earlier).some((e) => e.card.url === c.card.url),
  )!.card.url;

  async function stored(): Promise<MemoryIssueRepository> {
    const repository = new MemoryIssueRepository();
    await repository.put(earlier);
    await repository.put(open);
    return repository;
  }

  it('asks the index once for every link read in one task, and never finds the open issue', async () => {
    const repository = await stored();
    const findLinks = vi.spyOn(repository, 'findLinks');
    const lookup = new FeaturedLookup(repository, { excludeIssueId: open.id, follow: false });
    lookup.subscribe(() => undefined);
    const urls = allCards(open).map((c) => c.card.url);
    for (const url of urls) expect(lookup.read(url)).toBeUndefined();
    await vi.waitFor(() => expect(lookup.read(sharedUrl)).not.toBeUndefined());
    expect(findLinks).toHaveBeenCalledTimes(1);
    expect(findLinks.mock.calls[0]?.[0]).toEqual([...new Set(urls)]);
    const places = lookup.read(sharedUrl);
    expect(places?.latest.issueId).toBe(earlier.id);
    expect(places?.found.every((o) => o.issueId === earlier.id)).toBe(true);
    expect(lookup.read(ownOnly)).toBeNull();
    expect(lookup.read('')).toBeNull();
  });

  it('keeps a session answer, the same object, while issues are saved', async () => {
    const repository = await stored();
    const lookup = new FeaturedLookup(repository, { excludeIssueId: 'new', follow: false });
    const leave = lookup.subscribe(() => undefined);
    lookup.read(ownOnly);
    await vi.waitFor(() => expect(lookup.read(ownOnly)).not.toBeUndefined());
    const answer = lookup.read(ownOnly);
    expect(answer?.latest.issueId).toBe(open.id);
    await repository.delete(open.id);
    expect(lookup.read(ownOnly)).toBe(answer);
    // A new session (the issue opened again) asks what is stored now.
    leave();
    lookup.subscribe(() => undefined);
    lookup.read(ownOnly);
    await vi.waitFor(() => expect(lookup.read(ownOnly)).toBeNull());
  });

  it('warms once, asking storage for one link before anyone waits, and keeps no answer', async () => {
    const repository = await stored();
    const findLinks = vi.spyOn(repository, 'findLinks');
    const lookup = new FeaturedLookup(repository, { excludeIssueId: open.id, follow: false });
    lookup.warm();
    lookup.warm();
    expect(findLinks).toHaveBeenCalledTimes(1);
    expect(findLinks.mock.calls[0]?.[0]).toHaveLength(1);
    lookup.subscribe(() => undefined);
    expect(lookup.read(sharedUrl)).toBeUndefined();
    await vi.waitFor(() => expect(lookup.read(sharedUrl)?.latest.issueId).toBe(earlier.id));
    expect(findLinks).toHaveBeenCalledTimes(2);
  });

  it('warms with a link no issue has, normalized the long way a pasted link with a query is', () => {
    const key = normalizeUrl(WARM_URL);
    expect(new URL(key).hostname).toBe('broadsheet.invalid');
    // The host lost its www., the path its slash, the query its tracking parameter and its
    // order, the link its fragment: every step a first paste's normalization takes.
    expect(key).toBe('https://broadsheet.invalid/warm?edition=1&page=2');
  });

  it('answers within the draft’s newsletter: a Flux draft is not told of EKS News 055', async () => {
    const repository = new MemoryIssueRepository();
    await repository.put({ ...earlier, templateId: 'eks-news' });
    const fluxDraft = { ...open, id: 'flux-draft', templateId: 'flux-updates' };
    await repository.put(fluxDraft);
    const inFlux = new FeaturedLookup(repository, {
      excludeIssueId: fluxDraft.id,
      templateId: 'flux-updates',
      follow: false,
    });
    const inEks = new FeaturedLookup(repository, {
      excludeIssueId: 'new-eks-draft',
      templateId: 'eks-news',
      follow: false,
    });
    for (const lookup of [inFlux, inEks]) lookup.subscribe(() => undefined);
    inFlux.read(sharedUrl);
    inEks.read(sharedUrl);
    await vi.waitFor(() => expect(inFlux.read(sharedUrl)).toBeNull());
    await vi.waitFor(() => expect(inEks.read(sharedUrl)?.latest.issueId).toBe(earlier.id));
    expect(inEks.read(sharedUrl)?.found.map((o) => o.issueId)).toEqual([earlier.id]);
  });

  it('follows the stored issues, showing the last answer until the new one arrives', async () => {
    const repository = new MemoryIssueRepository();
    await repository.put(earlier);
    const lookup = new FeaturedLookup(repository, { follow: true });
    lookup.subscribe(() => undefined);
    lookup.read(ownOnly);
    await vi.waitFor(() => expect(lookup.read(ownOnly)).toBeNull());
    const changed = told(lookup);
    await repository.put(open);
    await changed;
    expect(lookup.read(ownOnly)).toBeNull();
    await vi.waitFor(() => expect(lookup.read(ownOnly)?.latest.issueId).toBe(open.id));
  });
});
