import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { isNotesDocName } from './is-notes-doc-name';
import { isWorkspaceDocName } from './is-workspace-doc-name';
import { notesDocName } from './notes-doc-name';

describe('notes document names', () => {
  it('are the issue document name with /notes', () => {
    expect(notesDocName('eks-news', '056')).toBe('eks-news/056/notes');
    expect(isNotesDocName('eks-news/056/notes')).toBe(true);
  });

  it('are not issue document names, nor the other way round', () => {
    expect(isWorkspaceDocName('eks-news/056/notes')).toBe(false);
    expect(isNotesDocName('eks-news/056')).toBe(false);
    // An issue whose slug is "notes" is an issue, and its notes have a name of their own.
    expect(isWorkspaceDocName('eks-news/notes')).toBe(true);
    expect(isNotesDocName('eks-news/notes')).toBe(false);
    expect(isNotesDocName('eks-news/notes/notes')).toBe(true);
  });

  it.each([
    'notes',
    '/notes',
    'eks-news/notes/',
    'eks-news//notes',
    'eks-news/056/notes/notes',
    'eks-news/056/Notes',
    'eks-news/../notes',
    'EKS/056/notes',
    'eks-news/056/review',
  ])('refuse "%s"', (name) => {
    expect(isNotesDocName(name)).toBe(false);
  });

  it('refuse to make a name from a bad workspace or slug', () => {
    expect(() => notesDocName('EKS', '056')).toThrow(InputError);
    expect(() => notesDocName('eks', '../056')).toThrow(InputError);
  });
});
