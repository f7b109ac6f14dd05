import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { followDraftFlag } from '../status/follow-draft-flag';
import { setIssueStatus } from '../status/set-issue-status';
import { setFrontMatterValue } from '../front-matter/set-front-matter-value';
import type { Issue } from '../model/types';
import { issueDocNames } from './issue-doc-names';
import { readIssueFromDoc } from './read-issue-from-doc';
import { writeIssueToDoc } from './write-issue-to-doc';

// Issue 14, item 5: the status, when it was set and who set it travel through the workspace
// document as one, so a status is never shown as set by someone who chose another.

interface Client {
  doc: Y.Doc;
  issue: Issue;
}

/** Clients holding the same issue, each with its own document and the client id given. */
function clients(start: Issue, ...ids: number[]): Client[] {
  const origin = new Y.Doc();
  writeIssueToDoc(origin, undefined, start);
  return ids.map((id) => {
    const doc = new Y.Doc();
    doc.clientID = id;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
    return { doc, issue: readIssueFromDoc(doc) as Issue };
  });
}

function edit(client: Client, change: (issue: Issue) => Issue): void {
  const next = change(client.issue);
  writeIssueToDoc(client.doc, client.issue, next);
  client.issue = next;
}

function merge(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

const stamp = (issue: Issue | undefined) => [
  issue?.status,
  issue?.statusChangedAt,
  issue?.statusSetBy,
];

const issue056 = importIssue(readCorpus('056.md'));
/** 056 set in review by Ana at time 10, as both clients start from. */
const reviewedByAna = setIssueStatus(issue056, 'in review', 10, 'Ana');

describe('the status stamp through a workspace document', () => {
  it('reaches another client with the name of who set it, and when', () => {
    const [a, b] = clients(issue056, 1, 2) as [Client, Client];
    edit(a, (issue) => setIssueStatus(issue, 'ready', 1000, 'Ana'));
    merge(a.doc, b.doc);
    expect(stamp(readIssueFromDoc(b.doc))).toEqual(['ready', 1000, 'Ana']);
  });

  it('reaches another client without a name when the draft key moved it', () => {
    const [a, b] = clients(reviewedByAna, 1, 2) as [Client, Client];
    edit(a, (issue) =>
      followDraftFlag(
        { ...issue, frontMatter: setFrontMatterValue(issue.frontMatter, 'draft', false) },
        2000,
      ),
    );
    merge(a.doc, b.doc);
    expect(stamp(readIssueFromDoc(b.doc))).toEqual(['ready', 2000, undefined]);
  });

  // Ana sets the status again (her name unchanged) while Bob, on a draft without a name, sets it: with
  // the fields written one by one, the winner of `status` could keep the loser's name.
  it.each([
    [1, 2],
    [2, 1],
  ])('keeps the three of one writer when two set it at once (client ids %i, %i)', (ana, bob) => {
    const [a, b] = clients(reviewedByAna, ana, bob) as [Client, Client];
    edit(a, (issue) => setIssueStatus(issue, 'ready', 3000, 'Ana'));
    edit(b, (issue) => setIssueStatus(issue, 'draft', 4000));
    merge(a.doc, b.doc);
    const merged = stamp(readIssueFromDoc(a.doc));
    expect(stamp(readIssueFromDoc(b.doc))).toEqual(merged);
    expect([
      ['ready', 3000, 'Ana'],
      ['draft', 4000, undefined],
    ]).toContainEqual(merged);
  });

  it('keeps the three of one writer when two named people set it at once', () => {
    for (const [ana, bob] of [
      [1, 2],
      [2, 1],
    ] as const) {
      const [a, b] = clients(reviewedByAna, ana, bob) as [Client, Client];
      edit(a, (issue) => setIssueStatus(issue, 'ready', 3000, 'Ana'));
      edit(b, (issue) => setIssueStatus(issue, 'published', 3000, 'Bob'));
      merge(a.doc, b.doc);
      const merged = stamp(readIssueFromDoc(a.doc));
      expect([
        ['ready', 3000, 'Ana'],
        ['published', 3000, 'Bob'],
      ]).toContainEqual(merged);
    }
  });

  it('writes nothing of the stamp for an edit elsewhere in the issue', () => {
    const [a] = clients(reviewedByAna, 1) as [Client];
    const keys: string[] = [];
    a.doc.getMap(issueDocNames.issue).observe((event) => keys.push(...event.keysChanged));
    edit(a, (issue) => ({ ...issue, preamble: `${issue.preamble}x`, updatedAt: 5 }));
    expect(keys).toEqual(['updatedAt']);
  });

  it('drops, at the door, a name another client wrote that is not one', () => {
    const [a] = clients(reviewedByAna, 1) as [Client];
    const root = a.doc.getMap(issueDocNames.issue);
    root.set('statusSetBy', 42);
    expect(stamp(readIssueFromDoc(a.doc))).toEqual(['in review', 10, undefined]);
    root.set('statusSetBy', `  ${'n'.repeat(100)}  `);
    expect(readIssueFromDoc(a.doc)?.statusSetBy).toBe('n'.repeat(80));
  });
});
