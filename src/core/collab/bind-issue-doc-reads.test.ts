import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { moveBlockBy, removeBlock } from '../model/ops/block-ops';
import { setBulletContent, updateCardFields } from '../model/ops/card-ops';
import { allCards } from '../model/ops/locate';
import type { Issue, LinkCard } from '../model/types';
import { bindIssueDoc, type IssueDocBinding } from './bind-issue-doc';
import { readIssueFromDoc } from './read-issue-from-doc';
import { writeIssueToDoc } from './write-issue-to-doc';

/** Two documents kept in step, as two browsers through the server are; each with a binding. */
function pair(): { mine: IssueDocBinding; theirs: IssueDocBinding; doc: Y.Doc } {
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update, 'network'));
  b.on('update', (update: Uint8Array) => Y.applyUpdate(a, update, 'network'));
  writeIssueToDoc(b, undefined, importIssue(readCorpus('056.md')));
  return { mine: bindIssueDoc(a), theirs: bindIssueDoc(b), doc: a };
}

function cardAt(issue: Issue, index: number): LinkCard {
  const card = allCards(issue)[index]?.card;
  if (!card) throw new Error(`056 has a card ${index}`);
  return card;
}

/** Their typing into a card's first bullet: one more character at its end. */
function typeInto(theirs: IssueDocBinding, cardIndex: number, text: string): void {
  theirs.edit((issue) => {
    const card = cardAt(issue, cardIndex);
    const bullet = card.bullets[0];
    if (!bullet) throw new Error('the card has a bullet');
    return setBulletContent(issue, card.id, bullet.id, [...bullet.content, { kind: 'text', text }]);
  });
}

describe('bindIssueDoc reading others’ changes', () => {
  it('reads only the blocks they typed into, the rest kept as the issue agreed on', () => {
    const { mine, theirs, doc } = pair();
    const agreed = structuredClone(mine.current() as Issue);
    mine.agree(agreed);
    typeInto(theirs, 3, 'x');
    typeInto(theirs, 3, 'y');
    theirs.edit((issue) => updateCardFields(issue, cardAt(issue, 7).id, { title: 'Retitled' }));
    const read = mine.current() as Issue;
    expect(read).toEqual(readIssueFromDoc(doc));
    const [before, after] = [allCards(agreed), allCards(read)];
    const same = after.filter(({ card }, i) => card === before[i]?.card).length;
    expect(same).toBe(after.length - 2);
    expect(cardAt(read, 3)).not.toBe(cardAt(agreed, 3));
    expect(read.frontMatter).toBe(agreed.frontMatter);
  });

  it('reads the plain fields they changed with a block, and the status with the whole issue', () => {
    const { mine, theirs, doc } = pair();
    const agreed = mine.current() as Issue;
    typeInto(theirs, 1, 'q');
    theirs.edit((issue) => ({ ...issue, updatedAt: agreed.updatedAt + 1000 }));
    const read = mine.current() as Issue;
    expect(read).toEqual(readIssueFromDoc(doc));
    expect(read.updatedAt).toBe(agreed.updatedAt + 1000);
    expect(cardAt(read, 4)).toBe(cardAt(agreed, 4));
    theirs.edit((issue) => ({ ...issue, status: 'ready', statusSetBy: '  Ben  ' }));
    const stamped = mine.current() as Issue;
    expect(stamped).toEqual(readIssueFromDoc(doc));
    expect(stamped.statusSetBy).toBe('Ben');
  });

  it('keeps building on its own writes from the issue it agreed on', () => {
    const { mine, theirs, doc } = pair();
    const agreed = mine.current() as Issue;
    const mineEdited = updateCardFields(agreed, cardAt(agreed, 1).id, { title: 'Mine' });
    mine.write(agreed, mineEdited);
    typeInto(theirs, 2, 'z');
    const read = mine.current() as Issue;
    expect(read).toEqual(readIssueFromDoc(doc));
    expect(cardAt(read, 1)).toBe(cardAt(mineEdited, 1));
    expect(cardAt(read, 4)).toBe(cardAt(mineEdited, 4));
  });

  it('reads the whole issue again after they moved or removed a block', () => {
    const { mine, theirs, doc } = pair();
    const agreed = mine.current() as Issue;
    typeInto(theirs, 2, 'w');
    theirs.edit((issue) => moveBlockBy(issue, cardAt(issue, 5).id, 1));
    expect(mine.current()).toEqual(readIssueFromDoc(doc));
    typeInto(theirs, 6, 'v');
    theirs.edit((issue) => removeBlock(issue, cardAt(issue, 6).id));
    const read = mine.current() as Issue;
    expect(read).toEqual(readIssueFromDoc(doc));
    expect(allCards(read)).toHaveLength(allCards(agreed).length - 1);
  });

  it('ignores an agreement made after others changed the document', () => {
    const { mine, theirs, doc } = pair();
    const agreed = mine.current() as Issue;
    typeInto(theirs, 0, 'late');
    mine.agree(agreed);
    expect(mine.current()).toEqual(readIssueFromDoc(doc));
    expect(mine.current()).not.toEqual(agreed);
  });

  it('reads afresh when a block they typed into is gone by the time it is asked for', () => {
    const { mine, theirs, doc } = pair();
    const agreed = mine.current() as Issue;
    const card = cardAt(agreed, 2);
    typeInto(theirs, 2, 'u');
    mine.write(agreed, removeBlock(agreed, card.id));
    const read = mine.current() as Issue;
    expect(read).toEqual(readIssueFromDoc(doc));
    expect(allCards(read).some(({ card: c }) => c.id === card.id)).toBe(false);
  });
});
