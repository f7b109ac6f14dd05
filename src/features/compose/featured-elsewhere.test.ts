import { describe, expect, it } from 'vitest';
import { addCard, createCard } from '../../core/model/ops/card-ops';
import { allCards } from '../../core/model/ops/locate';
import type { Issue } from '../../core/model/types';
import { importIssue } from '../../core/markdown/import-issue';
import { readCorpus } from '../../../test/support/corpus-fixture';
import type { CachedIssue, StoredIssuesSnapshot } from '../archive/stored-issues-cache';
import { FeaturedElsewhere } from './featured-elsewhere';

function snapshot(issues: Issue[], previous?: StoredIssuesSnapshot): StoredIssuesSnapshot {
  const map = new Map<string, CachedIssue>();
  for (const issue of issues) {
    const before = previous?.issues.get(issue.id);
    map.set(issue.id, before?.issue === issue ? before : { issue, rev: 1, archived: true });
  }
  return { issues: map, ready: true, error: undefined };
}

const corpusIssue = (name: string) =>
  importIssue(readCorpus(`${name}.md`), { id: `issue-${name}` });

/** A stored-issues cache by hand: `publish` hands out a snapshot to whoever follows. */
function fakeCache(initial: StoredIssuesSnapshot) {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    following: () => listeners.size,
    getSnapshot: () => current,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    publish: (next: StoredIssuesSnapshot) => {
      current = next;
      for (const listener of [...listeners]) listener();
    },
  };
}

const idleCache = () => fakeCache({ issues: new Map(), ready: false, error: undefined });

describe('FeaturedElsewhere', () => {
  const earlier = corpusIssue('055');
  const sharedUrl = allCards(earlier)[3]!.card.url;
  // Issue 056 with a card that links what 055 featured.
  const base = corpusIssue('056');
  const open = addCard(
    base,
    base.sections[0]!.id,
    createCard(base, { title: 'Again', url: sharedUrl }),
  );

  it('finds a link in the other issues, never in the open one', () => {
    const elsewhere = new FeaturedElsewhere(idleCache(), open.id);
    const first = snapshot([open, earlier]);
    const ownOnly = allCards(open).find(
      (c) => !allCards(earlier).some((e) => e.card.url === c.card.url),
    )!;
    expect(elsewhere.lookup(first, ownOnly.card.url)).toBeNull();
    const places = elsewhere.lookup(first, sharedUrl);
    expect(places?.latest.issueId).toBe(earlier.id);
    expect(places?.found.every((o) => o.issueId === earlier.id)).toBe(true);
  });

  it('keeps its answers while only the open issue is saved again', () => {
    const elsewhere = new FeaturedElsewhere(idleCache(), open.id);
    const url = allCards(earlier)[0]!.card.url;
    const first = snapshot([open, earlier]);
    const answer = elsewhere.lookup(first, url);
    expect(answer?.latest.issueId).toBe(earlier.id);
    const resaved = snapshot([{ ...open, updatedAt: open.updatedAt + 1 }, earlier], first);
    expect(elsewhere.lookup(resaved, url)).toBe(answer);
    const changed = snapshot([open, { ...earlier, updatedAt: 1 }], first);
    expect(elsewhere.lookup(changed, url)).not.toBe(answer);
    expect(elsewhere.lookup(changed, url)?.latest.issueId).toBe(earlier.id);
  });

  it('reads the stored issues once per session, then stops following them', () => {
    const cache = fakeCache({ issues: new Map(), ready: false, error: undefined });
    const elsewhere = new FeaturedElsewhere(cache, open.id);
    let told = 0;
    const leave = elsewhere.subscribe(() => told++);
    expect(cache.following()).toBe(1);
    expect(elsewhere.snapshot()).toBeUndefined();
    const first = snapshot([open, earlier]);
    cache.publish(first);
    expect(told).toBe(1);
    expect(elsewhere.snapshot()).toBe(first);
    expect(cache.following()).toBe(0);
    const later = snapshot([{ ...open, updatedAt: 1 }, earlier], first);
    cache.publish(later);
    expect(elsewhere.snapshot()).toBe(first);
    // A new session (the issue opened again) reads what is stored now.
    leave();
    expect(elsewhere.snapshot()).toBeUndefined();
    elsewhere.subscribe(() => undefined);
    expect(elsewhere.snapshot()).toBe(later);
  });
});
