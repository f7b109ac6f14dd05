import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { enclosingBlock } from './enclosing-block';
import { issueDocNames } from './issue-doc-names';
import { writeIssueToDoc } from './write-issue-to-doc';

function docOf056() {
  const doc = new Y.Doc();
  writeIssueToDoc(doc, undefined, importIssue(readCorpus('056.md')));
  const root = doc.getMap<unknown>(issueDocNames.issue);
  const section = (root.get('sections') as Y.Array<Y.Map<unknown>>).get(1);
  const blocks = section.get('blocks') as Y.Array<Y.Map<unknown>>;
  return { doc, root, section, blocks, card: blocks.get(0) };
}

describe('enclosingBlock', () => {
  it('finds the card that holds a changed title, bullet list or bullet text', () => {
    const { card } = docOf056();
    const bullets = card.get('bullets') as Y.Array<Y.Map<unknown>>;
    expect(enclosingBlock(card)).toBe(card);
    expect(enclosingBlock(card.get('title') as Y.Text)).toBe(card);
    expect(enclosingBlock(bullets)).toBe(card);
    expect(enclosingBlock(bullets.get(0).get('content') as Y.XmlText)).toBe(card);
  });

  it('finds none for a list of blocks, a section, the issue or the meta map', () => {
    const { doc, root, section, blocks } = docOf056();
    expect(enclosingBlock(blocks)).toBeUndefined();
    expect(enclosingBlock(section)).toBeUndefined();
    expect(enclosingBlock(section.get('heading') as Y.Text)).toBeUndefined();
    expect(enclosingBlock(root.get('sections') as Y.Array<unknown>)).toBeUndefined();
    expect(enclosingBlock(root)).toBeUndefined();
    expect(enclosingBlock(doc.getMap(issueDocNames.meta))).toBeUndefined();
  });

  it('finds none for a card no longer in the document', () => {
    const { blocks, card } = docOf056();
    blocks.delete(0, 1);
    expect(enclosingBlock(card.get('title') as Y.Text)).toBeUndefined();
  });
});
