import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { exportIssue } from '../markdown/export-issue';
import { allCards } from '../model/ops/locate';
import { updateCardFields } from '../model/ops/card-ops';
import type { Issue } from '../model/types';
import { writeIssueToDoc } from './write-issue-to-doc';
import { readIssueFromDoc } from './read-issue-from-doc';
import { bindIssueDoc } from './bind-issue-doc';
import { adoptUnchangedParts } from './adopt-unchanged-parts';

/** `incoming` adopted over `current`, keeping what a push keeps of the document's issue. */
function pushed(current: Issue, incoming: Issue): Issue {
  const { id, status, createdAt, updatedAt } = current;
  return { ...adoptUnchangedParts(current, incoming), id, status, createdAt, updatedAt };
}

describe('adoptUnchangedParts', () => {
  it.each(corpusFiles().filter((_, i) => i % 8 === 0))(
    '%s imported again writes nothing into its document',
    (name) => {
      const doc = new Y.Doc();
      writeIssueToDoc(doc, undefined, importIssue(readCorpus(name)));
      const current = readIssueFromDoc(doc) as Issue;
      const updates: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      writeIssueToDoc(doc, current, pushed(current, importIssue(readCorpus(name))));
      expect(updates).toEqual([]);
      expect(exportIssue(readIssueFromDoc(doc) as Issue)).toBe(readCorpus(name));
    },
  );

  it('a file pushed while someone edits another card changes only the pushed card', () => {
    const text = readCorpus('056.md');
    const [editor, pusher] = [new Y.Doc(), new Y.Doc()];
    writeIssueToDoc(editor, undefined, importIssue(text));
    Y.applyUpdate(pusher, Y.encodeStateAsUpdate(editor));
    const cards = allCards(readIssueFromDoc(editor) as Issue).map(({ card }) => card);
    const [typed, inFile] = [cards[3], cards[12]];
    if (!typed?.headerSource || !inFile?.headerSource) throw new Error('056 has cards');
    bindIssueDoc(editor).edit((issue) => updateCardFields(issue, typed.id, { title: 'Typed' }));
    const fileIssue = importIssue(text);
    const fileCard = allCards(fileIssue)[12]?.card;
    const file = exportIssue(updateCardFields(fileIssue, fileCard?.id ?? '', { title: 'In git' }));
    const current = readIssueFromDoc(pusher) as Issue;
    writeIssueToDoc(pusher, current, pushed(current, importIssue(file)));
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(pusher));
    Y.applyUpdate(pusher, Y.encodeStateAsUpdate(editor));
    const merged = exportIssue(readIssueFromDoc(pusher) as Issue);
    expect(exportIssue(readIssueFromDoc(editor) as Issue)).toBe(merged);
    const [before, after] = [text.split('\n'), merged.split('\n')];
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [line]));
    expect(changed).toEqual([typed.headerSource, inFile.headerSource]);
    expect(merged).toContain('[Typed]');
    expect(merged).toContain('[In git]');
  });
});
