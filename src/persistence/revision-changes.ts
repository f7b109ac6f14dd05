// What changed between two versions of an issue, for the revision list ("3 cards added, 1 edited,
// title changed"). Cards and sections are matched by id; only what a reader sees counts as an
// edit, not how the unchanged source text was laid out.

import type { Issue, LinkCard } from '../core/model/types';
import { sameData } from './same-data';

export interface RevisionChanges {
  cardsAdded: number;
  cardsRemoved: number;
  cardsEdited: number;
  cardsMoved: number;
  sectionsAdded: number;
  sectionsRemoved: number;
  sectionsRenamed: number;
  /** Front matter keys added, removed or given another value, in the newer order. */
  frontMatterKeys: string[];
  introChanged: boolean;
  statusChanged: boolean;
}

/** Each card with the id of the section it is in. */
function cardsBySection(issue: Issue): Map<string, { card: LinkCard; sectionId: string }> {
  const placed = new Map<string, { card: LinkCard; sectionId: string }>();
  for (const section of issue.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'card') placed.set(block.id, { card: block, sectionId: section.id });
    }
  }
  return placed;
}

/** The length of the longest common subsequence: cards that kept their relative order. */
function keptInOrder(a: string[], b: string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    b.forEach((y, j) => next.push(x === y ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!)));
    row = next;
  }
  return row[b.length]!;
}

/** Cards moved to another section, plus those that left their order within a section. */
function countMoves(older: Issue, newer: Issue, stayed: (id: string) => boolean): number {
  let moved = 0;
  const oldOrder = new Map(
    older.sections.map((s) => [s.id, s.blocks.map((b) => b.id).filter(stayed)]),
  );
  for (const section of newer.sections) {
    const order = section.blocks.map((b) => b.id).filter(stayed);
    moved += order.length - keptInOrder(oldOrder.get(section.id) ?? [], order);
  }
  return moved;
}

function visibleCard(card: LinkCard) {
  return {
    title: card.title,
    url: card.url,
    tag: card.tag,
    bullets: card.bullets.map((b) => [b.depth, b.content]),
  };
}

function countCards(older: Issue, newer: Issue) {
  const before = cardsBySection(older);
  const after = cardsBySection(newer);
  let cardsEdited = 0;
  let movedAcross = 0;
  for (const [id, now] of after) {
    const then = before.get(id);
    if (then === undefined) continue;
    if (!sameData(visibleCard(then.card), visibleCard(now.card))) cardsEdited += 1;
    if (then.sectionId !== now.sectionId) movedAcross += 1;
  }
  const stayed = (id: string) =>
    before.has(id) && before.get(id)?.sectionId === after.get(id)?.sectionId;
  return {
    cardsAdded: [...after.keys()].filter((id) => !before.has(id)).length,
    cardsRemoved: [...before.keys()].filter((id) => !after.has(id)).length,
    cardsEdited,
    cardsMoved: movedAcross + countMoves(older, newer, stayed),
  };
}

function countSections(older: Issue, newer: Issue) {
  const oldHeadings = new Map(older.sections.map((s) => [s.id, s.heading]));
  const newIds = new Set(newer.sections.map((s) => s.id));
  return {
    sectionsAdded: newer.sections.filter((s) => !oldHeadings.has(s.id)).length,
    sectionsRemoved: older.sections.filter((s) => !newIds.has(s.id)).length,
    sectionsRenamed: newer.sections.filter(
      (s) => (oldHeadings.get(s.id) ?? s.heading) !== s.heading,
    ).length,
  };
}

function changedKeys(older: Issue, newer: Issue): string[] {
  const oldValues = new Map(older.frontMatter.entries.map((e) => [e.key, e.value]));
  const newKeys = new Set(newer.frontMatter.entries.map((e) => e.key));
  const changed = newer.frontMatter.entries
    .filter((e) => !oldValues.has(e.key) || !sameData(oldValues.get(e.key), e.value))
    .map((e) => e.key);
  return [...changed, ...[...oldValues.keys()].filter((key) => !newKeys.has(key))];
}

export function compareRevisions(older: Issue, newer: Issue): RevisionChanges {
  return {
    ...countCards(older, newer),
    ...countSections(older, newer),
    frontMatterKeys: changedKeys(older, newer),
    introChanged: !sameData(older.intro.map(visibleBlock), newer.intro.map(visibleBlock)),
    statusChanged: older.status !== newer.status,
  };
}

function visibleBlock(block: Issue['intro'][number]) {
  return block.kind === 'raw'
    ? block.markdown
    : block.kind === 'prose'
      ? block.content
      : visibleCard(block);
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

/** One line for the revision list, e.g. "2 cards added, 1 card edited; title changed". */
export function describeChanges(changes: RevisionChanges): string {
  const parts: string[] = [];
  const counted: [number, string, string][] = [
    [changes.cardsAdded, 'card', 'added'],
    [changes.cardsRemoved, 'card', 'removed'],
    [changes.cardsEdited, 'card', 'edited'],
    [changes.cardsMoved, 'card', 'moved'],
    [changes.sectionsAdded, 'section', 'added'],
    [changes.sectionsRemoved, 'section', 'removed'],
    [changes.sectionsRenamed, 'section', 'renamed'],
  ];
  for (const [count, noun, verb] of counted)
    if (count > 0) parts.push(`${plural(count, noun)} ${verb}`);
  if (changes.introChanged) parts.push('intro edited');
  if (changes.statusChanged) parts.push('status changed');
  const keys = changes.frontMatterKeys;
  const line = parts.join(', ');
  const front = keys.length === 0 ? '' : `${keys.join(', ')} changed`;
  return [line, front].filter((p) => p !== '').join('; ') || 'No changes';
}
