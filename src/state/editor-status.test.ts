import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../test/helpers/corpus';
import { changedLines } from '../../test/helpers/changed-lines';
import { exportIssue } from '../core/markdown/export-issue';
import { importIssue } from '../core/markdown/import-issue';
import { createEditorStore } from './create-editor-store';

const original = readCorpus('056.md');

function storeOf056() {
  let clock = 100;
  const store = createEditorStore(importIssue(original), { now: () => clock++ });
  return { s: () => store.getState() };
}

describe('editor store: status', () => {
  it('sets the status and the draft line, each choice an undo step', () => {
    const { s } = storeOf056();
    expect(s().issue.status).toBe('published');
    s().setStatus('in review');
    expect(changedLines(original, exportIssue(s().issue))).toEqual({
      removed: ['draft = false'],
      added: ['draft = true'],
    });
    s().setStatus('draft');
    expect([s().issue.status, s().past.length]).toEqual(['draft', 2]);
    expect(s().issue.statusChangedAt).toBeGreaterThanOrEqual(100);
    s().undo();
    s().undo();
    expect(s().issue.status).toBe('published');
    expect(exportIssue(s().issue)).toBe(original);
  });

  it('does nothing for the status it already has', () => {
    const { s } = storeOf056();
    s().setStatus('published');
    expect(s().past).toHaveLength(0);
  });

  it('moves the status when the draft key is set against it in the form', () => {
    const { s } = storeOf056();
    s().setFrontMatterValue('draft', true);
    expect(s().issue.status).toBe('draft');
    s().setStatus('in review');
    s().setFrontMatterValue('draft', false);
    expect(s().issue.status).toBe('ready');
    expect(exportIssue(s().issue)).toBe(original);
  });

  it('signs a status set with the name it was given, and the draft key with none', () => {
    const { s } = storeOf056();
    s().setStatus('in review');
    expect(s().issue).not.toHaveProperty('statusSetBy');
    s().setStatusName('Ana');
    s().setStatus('ready');
    expect([s().issue.status, s().issue.statusSetBy]).toEqual(['ready', 'Ana']);
    s().setFrontMatterValue('draft', true);
    expect(s().issue.status).toBe('draft');
    expect(s().issue).not.toHaveProperty('statusSetBy');
    s().setStatusName(undefined);
    s().setStatus('published');
    expect(s().issue).not.toHaveProperty('statusSetBy');
  });
});
