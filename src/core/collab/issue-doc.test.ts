import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { corpusFiles, readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../markdown/import-issue';
import { exportIssue } from '../markdown/export-issue';
import { InvalidRecordError } from '../model/schema/invalid-record-error';
import { writeIssueToDoc } from './write-issue-to-doc';
import { readIssueFromDoc } from './read-issue-from-doc';
import { issueDocNames } from './issue-doc-names';

/** The document as another client receives it: its whole state as one update. */
function received(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe('an issue through a Yjs document', () => {
  it('covers the whole archive', () => {
    expect(corpusFiles()).toHaveLength(79);
  });

  it.each(corpusFiles())('%s exports byte for byte after issue -> doc -> issue', (name) => {
    const text = readCorpus(name);
    const issue = importIssue(text);
    const doc = new Y.Doc();
    writeIssueToDoc(doc, undefined, issue);
    const back = readIssueFromDoc(received(doc));
    expect(back).toEqual(issue);
    expect(exportIssue(back ?? issue)).toBe(text);
  });

  it('reads an empty document as no issue', () => {
    expect(readIssueFromDoc(new Y.Doc())).toBeUndefined();
  });

  it('writes nothing for an issue that did not change', () => {
    const issue = importIssue(readCorpus('056.md'));
    const doc = new Y.Doc();
    writeIssueToDoc(doc, undefined, issue);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    writeIssueToDoc(doc, issue, structuredClone(issue));
    expect(updates).toEqual([]);
  });
});

describe('a document from elsewhere is checked at the door', () => {
  it('refuses a document that is not an issue, naming the field', () => {
    const doc = new Y.Doc();
    doc.getMap(issueDocNames.issue).set('id', 42);
    expect(() => readIssueFromDoc(doc)).toThrow(InvalidRecordError);
    expect(() => readIssueFromDoc(doc)).toThrow(/doc\.id/);
  });

  it('refuses a __proto__ key in a shared map', () => {
    const issue = importIssue(readCorpus('056.md'));
    const doc = new Y.Doc();
    writeIssueToDoc(doc, undefined, issue);
    doc.getMap(issueDocNames.issue).set('__proto__', { status: 'published' });
    expect(() => readIssueFromDoc(received(doc))).toThrow(/forbidden key/);
  });

  it('refuses a plain value that carries its own prototype', () => {
    const issue = importIssue(readCorpus('056.md'));
    const doc = new Y.Doc();
    writeIssueToDoc(doc, undefined, issue);
    const hostile = JSON.parse('{"__proto__": {"eol": "\\n"}}') as object;
    doc.getMap(issueDocNames.issue).set('dialect', hostile);
    expect(() => readIssueFromDoc(received(doc))).toThrow(/not a plain record|forbidden key/);
  });
});
