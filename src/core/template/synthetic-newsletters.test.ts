import { describe, expect, it } from 'vitest';
import { syntheticArchive } from '../../../test/helpers/synthetic-archive';
import { itemStartLines } from '../../../test/support/item-start-lines';
import { exportIssue } from '../markdown/export-issue';
import type { CardShape } from '../model/card-shape';
import type { Issue, LinkCard } from '../model/types';
import { importWithTemplate } from './import-with-template';
import { learnTemplate } from './learn-template';

// Four invented newsletters of ten issues each (test/fixtures/synthetic), one per item shape a
// card may have. The template learned from each archive must read at least 95% of its items as
// cards, the items counted from the text by itemStartLines, not by the importer.

const newsletters: [string, CardShape][] = [
  ['cluster-notes', 'link-item'],
  ['cloud-reading', 'link-paragraph'],
  ['platform-digest', 'link-heading'],
  ['release-radar', 'link-item'],
];

function cardsOf(issue: Issue): LinkCard[] {
  const blocks = [...issue.intro, ...issue.sections.flatMap((s) => s.blocks)];
  return blocks.filter((b): b is LinkCard => b.kind === 'card');
}

function shapeOf(card: LinkCard): CardShape {
  if (card.heading !== undefined) return 'link-heading';
  return card.style === 'item' ? 'link-item' : 'link-paragraph';
}

/**
 * How many items `text` has and how many of them `cards` are: each card must open on a line
 * where an item starts, one card per item, so prose that merely holds links never counts.
 */
function cardItems(text: string, cards: LinkCard[]): number {
  const lines = text.split(/\r\n?|\n/);
  const starts = itemStartLines(text);
  let next = 0;
  for (const card of cards) {
    const head = (card.headerSource ?? '').split(/\r\n?|\n/)[0] ?? '';
    while (next < starts.length && !(lines[(starts[next] ?? 0) - 1] ?? '').startsWith(head)) next++;
    expect(next, `the card "${card.title}" opens where an item starts`).toBeLessThan(starts.length);
    next++;
  }
  return cards.length;
}

describe.each(newsletters)('the synthetic newsletter %s (%s)', (name, shape) => {
  const archive = syntheticArchive(name);
  const template = learnTemplate(archive);

  it('has ten issues, and a template learned from them that reads its shape', () => {
    expect(archive).toHaveLength(10);
    expect(template.cardShapes).toContain(shape);
  });

  it('turns at least 95% of its items into cards of its shape, and no prose', () => {
    let items = 0;
    let cards = 0;
    for (const file of archive) {
      const found = cardsOf(importWithTemplate(file.text, template).issue);
      items += itemStartLines(file.text).length;
      cards += cardItems(file.text, found);
      expect(new Set(found.map(shapeOf)), file.name).toEqual(new Set([shape]));
    }
    expect(items).toBeGreaterThanOrEqual(80);
    expect(cards / items).toBeGreaterThanOrEqual(0.95);
  });

  it.each(archive.map((file) => file.name))('%s comes back byte for byte under it', (file) => {
    const text = archive.find((f) => f.name === file)?.text ?? '';
    expect(exportIssue(importWithTemplate(text, template).issue)).toBe(text);
  });
});
