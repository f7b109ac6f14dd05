import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { addCard, createCard, updateCardFields } from '../model/ops/card-ops';
import { moveBlockBy } from '../model/ops/block-ops';
import { allCards } from '../model/ops/locate';
import type { Issue, LinkCard } from '../model/types';
import { enclosingBlock } from './enclosing-block';
import { issueDocNames } from './issue-doc-names';
import { readIssueFromDoc } from './read-issue-from-doc';
import { writeIssueToDoc } from './write-issue-to-doc';

// Lists (sections, blocks, bullets) are written item by item; an edit of items in place costs
// the items it changed, and falls back to matching by id when others changed the list meanwhile.

const issue056 = () => importIssue(readCorpus('056.md'));
const cards = (issue: Issue): LinkCard[] => allCards(issue).map(({ card }) => card);

/** A document holding the issue, and a second one a colleague edits, already in step. */
function twoDocs(issue: Issue): [Y.Doc, Y.Doc] {
  const mine = new Y.Doc();
  writeIssueToDoc(mine, undefined, issue);
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  return [mine, theirs];
}

function receive(to: Y.Doc, from: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('writing an edit of items of a list', () => {
  it('changes only the card edited, however long its list', () => {
    const issue = issue056();
    const [doc] = twoDocs(issue);
    const card = cards(issue)[9] as LinkCard;
    const changedIn: unknown[] = [];
    doc.getMap(issueDocNames.issue).observeDeep((events) => {
      for (const event of events) changedIn.push(enclosingBlock(event.target)?.get('id'));
    });
    writeIssueToDoc(doc, issue, updateCardFields(issue, card.id, { title: 'Only this one' }));
    expect(changedIn.length).toBeGreaterThan(0);
    expect(new Set(changedIn)).toEqual(new Set([card.id]));
  });

  it('finds the card by its id when a colleague moved it meanwhile', () => {
    const issue = issue056();
    const [mine, theirs] = twoDocs(issue);
    const card = cards(issue)[5] as LinkCard;
    const before = cards(issue)[4] as LinkCard;
    writeIssueToDoc(theirs, issue, moveBlockBy(issue, card.id, -1));
    receive(mine, theirs);
    writeIssueToDoc(
      mine,
      issue,
      updateCardFields(issue, card.id, { title: 'Edited after a move' }),
    );
    const read = cards(readIssueFromDoc(mine) as Issue);
    expect(read[4]?.id).toBe(card.id);
    expect(read[4]?.title).toBe('Edited after a move');
    expect(read[5]?.title).toBe(before.title);
  });

  it('finds the card by its id when a colleague added one before it meanwhile', () => {
    const issue = issue056();
    const [mine, theirs] = twoDocs(issue);
    const card = cards(issue)[1] as LinkCard;
    const section = issue.sections.find((s) => s.blocks.some((b) => b.id === card.id));
    if (!section) throw new Error('056 has the card in a section');
    const added = createCard(issue, { title: 'Added by a colleague', url: 'https://example.com/' });
    writeIssueToDoc(theirs, issue, addCard(issue, section.id, added, 0));
    receive(mine, theirs);
    writeIssueToDoc(
      mine,
      issue,
      updateCardFields(issue, card.id, { title: 'Edited after an add' }),
    );
    const read = cards(readIssueFromDoc(mine) as Issue);
    expect(read.find((c) => c.id === card.id)?.title).toBe('Edited after an add');
    expect(read.filter((c) => c.title === 'Edited after an add')).toHaveLength(1);
    expect(read.some((c) => c.id === added.id)).toBe(true);
  });
});
