import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { exportIssue } from '../markdown/export-issue';
import { allCards } from '../model/ops/locate';
import { addCard, createCard, setBulletContent, updateCardFields } from '../model/ops/card-ops';
import { moveBlockBy, removeBlock } from '../model/ops/block-ops';
import type { Issue, LinkCard } from '../model/types';
import { writeIssueToDoc } from './write-issue-to-doc';
import { readIssueFromDoc } from './read-issue-from-doc';

/** Two clients holding the same issue, each with its own document, not yet talking. */
function twoClients(text: string) {
  const origin = new Y.Doc();
  writeIssueToDoc(origin, undefined, importIssue(text));
  const client = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
    return { doc, issue: readIssueFromDoc(doc) as Issue };
  };
  return [client(), client()] as const;
}

function edit(client: { doc: Y.Doc; issue: Issue }, change: (issue: Issue) => Issue): void {
  const next = change(client.issue);
  writeIssueToDoc(client.doc, client.issue, next);
  client.issue = next;
}

function merge(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

/** The 0-based numbers of the lines that differ; both texts must have as many lines. */
function differingLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i]));
}

function lineOf(text: string, part: string): number {
  const at = text.indexOf(part);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length - 1;
}

const text056 = readCorpus('056.md');
const cards056 = (issue: Issue): LinkCard[] => allCards(issue).map(({ card }) => card);

describe('two people editing different cards of 056 at once', () => {
  it('merge into a file that differs from the original only in those cards lines', () => {
    const [a, b] = twoClients(text056);
    const first = cards056(a.issue)[1] as LinkCard;
    const second = cards056(b.issue)[7] as LinkCard;
    const bullet = first.bullets[0];
    if (!bullet?.source || !second.headerSource) throw new Error('056 changed shape');
    edit(a, (issue) =>
      setBulletContent(issue, first.id, bullet.id, [
        ...bullet.content,
        { kind: 'text', text: ' Noted by A.' },
      ]),
    );
    edit(b, (issue) => updateCardFields(issue, second.id, { title: `${second.title} (B)` }));
    merge(a.doc, b.doc);
    const fromA = exportIssue(readIssueFromDoc(a.doc) as Issue);
    expect(exportIssue(readIssueFromDoc(b.doc) as Issue)).toBe(fromA);
    expect(differingLines(text056, fromA)).toEqual([
      lineOf(text056, bullet.source),
      lineOf(text056, second.headerSource),
    ]);
    expect(fromA).toContain(' Noted by A.');
    expect(fromA).toContain(`${second.title} (B)]`);
  });

  it('keep a card one moved while the other edits another card', () => {
    const [a, b] = twoClients(text056);
    const moved = cards056(a.issue)[3] as LinkCard;
    const edited = cards056(b.issue)[10] as LinkCard;
    edit(a, (issue) => moveBlockBy(issue, moved.id, -1));
    edit(b, (issue) => updateCardFields(issue, edited.id, { url: 'https://example.com/b' }));
    merge(a.doc, b.doc);
    const expected = updateCardFields(a.issue, edited.id, { url: 'https://example.com/b' });
    expect(exportIssue(readIssueFromDoc(a.doc) as Issue)).toBe(exportIssue(expected));
    expect(exportIssue(readIssueFromDoc(b.doc) as Issue)).toBe(exportIssue(expected));
  });

  it('keep both cards when both add one to the same section, and a removal elsewhere', () => {
    const [a, b] = twoClients(text056);
    const section = a.issue.sections[1];
    const removed = cards056(b.issue)[0] as LinkCard;
    if (!section) throw new Error('056 changed shape');
    const card = (title: string) =>
      createCard(a.issue, { title, url: `https://example.com/${title}`, bullets: [title] });
    edit(a, (issue) => addCard(issue, section.id, card('from-a')));
    edit(b, (issue) => addCard(removeBlock(issue, removed.id), section.id, card('from-b')));
    merge(a.doc, b.doc);
    const merged = readIssueFromDoc(a.doc) as Issue;
    expect(readIssueFromDoc(b.doc)).toEqual(merged);
    const titles = cards056(merged).map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining(['from-a', 'from-b']));
    expect(titles).not.toContain(removed.title);
    expect(titles).toHaveLength(cards056(a.issue).length);
  });

  it('merge two people typing into the same title by character', () => {
    const [a, b] = twoClients(text056);
    const card = cards056(a.issue)[2] as LinkCard;
    edit(a, (issue) => updateCardFields(issue, card.id, { title: `New: ${card.title}` }));
    edit(b, (issue) => updateCardFields(issue, card.id, { title: `${card.title} (video)` }));
    merge(a.doc, b.doc);
    const merged = cards056(readIssueFromDoc(a.doc) as Issue)[2];
    expect(merged?.title).toBe(`New: ${card.title} (video)`);
    expect(merged?.headerSource).toBeUndefined();
  });
});
