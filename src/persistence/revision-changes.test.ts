import { describe, expect, it } from 'vitest';
import type { Issue, LinkCard } from '../core/model/types';
import { compareRevisions, describeChanges } from './revision-changes';
import { buildTestIssue, testCard } from '../../test/support/test-issue';

const base = () => structuredClone(buildTestIssue({ cards: 6, sections: 3 }));
const cards = (issue: Issue, section: number) => issue.sections[section]!.blocks as LinkCard[];

describe('compareRevisions', () => {
  it('finds nothing between an issue and its copy, whatever its source text says', () => {
    const older = base();
    const newer = base();
    cards(newer, 0)[0]!.headerSource = '* [Card 1](https://example.com/articles/1)';
    cards(newer, 0)[0]!.after = '\n\n';
    const changes = compareRevisions(older, newer);
    expect(describeChanges(changes)).toBe('No changes');
    expect(changes.cardsEdited).toBe(0);
  });

  it('counts added, removed, edited and moved cards by id', () => {
    const older = base();
    const newer = base();
    cards(newer, 0).push(testCard('new-1', 91), testCard('new-2', 92));
    cards(newer, 1).splice(0, 1);
    cards(newer, 2)[0]!.title = 'A better title';
    const moved = cards(newer, 0).shift()!;
    cards(newer, 2).push(moved);
    const changes = compareRevisions(older, newer);
    expect(changes).toMatchObject({
      cardsAdded: 2,
      cardsRemoved: 1,
      cardsEdited: 1,
      cardsMoved: 1,
    });
    expect(describeChanges(changes)).toBe(
      '2 cards added, 1 card removed, 1 card edited, 1 card moved',
    );
  });

  it('sees a reorder within a section as a move of the card that moved', () => {
    const older = base();
    const newer = base();
    cards(newer, 0).reverse();
    expect(compareRevisions(older, newer).cardsMoved).toBe(1);
  });

  it('reports sections, front matter keys, the intro and the status', () => {
    const older = base();
    const newer = base();
    newer.sections[1]!.heading = 'AWS blog posts';
    newer.sections.push({
      id: 'extra',
      heading: 'Important Announcement',
      level: 2,
      headingAfter: '\n',
      blocks: [],
    });
    newer.frontMatter.entries[3]!.value = 'EKS News 101 (draft)';
    newer.frontMatter.entries.splice(1, 1);
    newer.frontMatter.entries.push({ key: 'draft', value: false });
    newer.intro = [];
    newer.status = 'ready';
    expect(describeChanges(compareRevisions(older, newer))).toBe(
      '1 section added, 1 section renamed, intro edited, status changed; title, draft, categories changed',
    );
  });
});
