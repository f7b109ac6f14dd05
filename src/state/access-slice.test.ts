import { describe, expect, it } from 'vitest';
import { eksNewsTemplate } from '../core/template/eks-news';
import { newIssue } from '../core/template/new-issue';
import { createEditorStore } from './create-editor-store';

function store() {
  return createEditorStore(newIssue(eksNewsTemplate, '080', '2025-01-09T15:00:00Z', 1));
}

describe('a read-only editor store', () => {
  it('refuses every change, undo and redo, but takes the stored issue', () => {
    const editor = store();
    const s = () => editor.getState();
    const section = s().issue.sections[0]!.id;
    s().addLinkCard('https://example.com/a', section);
    s().addLinkCard('https://example.com/b', section);
    s().undo();
    const before = s().issue;
    s().setReadOnly(true);

    expect(s().addLinkCard('https://example.com/c', section)).toBeUndefined();
    s().undo();
    s().redo();
    s().renameSection(section, 'Renamed');
    expect(s().issue).toBe(before);

    const theirs = { ...before, preamble: 'from the other tab' };
    s().replaceWithStored(theirs, 7);
    expect(s().issue).toBe(theirs);
    expect(s().revision).toBe(7);

    s().setReadOnly(false);
    s().renameSection(section, 'Renamed');
    expect(s().issue.sections[0]!.heading).toBe('Renamed');
  });
});
