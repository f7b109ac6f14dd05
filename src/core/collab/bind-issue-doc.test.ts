import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { exportIssue } from '../markdown/export-issue';
import { allCards } from '../model/ops/locate';
import { setBulletContent, updateCardFields } from '../model/ops/card-ops';
import type { Issue } from '../model/types';
import { writeIssueToDoc } from './write-issue-to-doc';
import { bindIssueDoc } from './bind-issue-doc';

function connected(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update, 'network'));
  b.on('update', (update: Uint8Array) => Y.applyUpdate(a, update, 'network'));
  return [a, b];
}

describe('bindIssueDoc', () => {
  it('holds no issue until the document has one', () => {
    const binding = bindIssueDoc(new Y.Doc());
    expect(binding.current()).toBeUndefined();
    expect(binding.edit((issue) => issue)).toBeUndefined();
  });

  it('edits from the latest state, so a remote edit is never undone by a stale copy', () => {
    const [docA, docB] = connected();
    writeIssueToDoc(docA, undefined, importIssue(readCorpus('056.md')));
    const [a, b] = [bindIssueDoc(docA), bindIssueDoc(docB)];
    const cards = allCards(a.current() as Issue).map(({ card }) => card);
    const [first, second] = [cards[0], cards[1]];
    if (!first || !second) throw new Error('056 has cards');
    let heard = 0;
    a.onRemoteChange(() => heard++);
    b.edit((issue) => updateCardFields(issue, second.id, { title: 'Edited by B' }));
    expect(heard).toBe(1);
    a.edit((issue) => updateCardFields(issue, first.id, { title: 'Edited by A' }));
    const titles = (binding: ReturnType<typeof bindIssueDoc>) =>
      allCards(binding.current() as Issue).map(({ card }) => card.title);
    expect(titles(a).slice(0, 2)).toEqual(['Edited by A', 'Edited by B']);
    expect(exportIssue(b.current() as Issue)).toBe(exportIssue(a.current() as Issue));
  });

  it('does not call its own listeners for its own edits', () => {
    const doc = new Y.Doc();
    writeIssueToDoc(doc, undefined, importIssue(readCorpus('056.md')));
    const binding = bindIssueDoc(doc);
    let heard = 0;
    binding.onRemoteChange(() => heard++);
    const card = allCards(binding.current() as Issue)[0]?.card;
    binding.edit((issue) => updateCardFields(issue, card?.id ?? '', { title: 'Mine' }));
    expect(heard).toBe(0);
    binding.destroy();
  });

  it('writes an edit made on a stale copy without undoing what arrived since', () => {
    const [docA, docB] = connected();
    writeIssueToDoc(docA, undefined, importIssue(readCorpus('056.md')));
    const [a, b] = [bindIssueDoc(docA), bindIssueDoc(docB)];
    const stale = a.current() as Issue;
    const card = allCards(stale)[2]?.card;
    const bullet = card?.bullets[0];
    if (!card || !bullet) throw new Error('056 has a third card with a bullet');
    const text = (issue: Issue) => bulletText(issue, card.id);
    const original = text(stale);
    const content = bullet.content;
    const [head, ...rest] = content;
    const last = content[content.length - 1];
    if (head?.kind !== 'text' || last?.kind !== 'text' || rest.length === 0) {
      throw new Error('the bullet starts and ends with text');
    }
    const prefixed = [{ ...head, text: `B: ${head.text}` }, ...rest];
    const suffixed = [...content.slice(0, -1), { ...last, text: `${last.text} (A)` }];
    b.edit((issue) => setBulletContent(issue, card.id, bullet.id, prefixed));
    a.write(stale, setBulletContent(stale, card.id, bullet.id, suffixed));
    expect(text(a.current() as Issue)).toBe(`B: ${original} (A)`);
    expect(exportIssue(b.current() as Issue)).toBe(exportIssue(a.current() as Issue));
    const lines = (issue: Issue) => exportIssue(issue).split('\n');
    const changed = lines(stale).filter((line, i) => line !== lines(b.current() as Issue)[i]);
    expect(changed).toHaveLength(1);
  });
});

function bulletText(issue: Issue, cardId: string): string {
  const card = allCards(issue).find(({ card: c }) => c.id === cardId)?.card;
  return (card?.bullets[0]?.content ?? [])
    .map((inline) => (inline.kind === 'text' ? inline.text : ''))
    .join('');
}
