import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { workspaceDocName } from './workspace-doc-name';
import { isWorkspaceDocName } from './is-workspace-doc-name';

describe('workspace document names', () => {
  it('join a workspace and a slug', () => {
    expect(workspaceDocName('eks-news', '056')).toBe('eks-news/056');
    expect(isWorkspaceDocName('eks-news/056')).toBe(true);
  });

  it.each([
    ['', '056'],
    ['EKS', '056'],
    ['eks news', '056'],
    ['eks', ''],
    ['eks', '../056'],
    ['eks', '056/extra'],
    ['eks', '.hidden'],
  ])('refuse workspace "%s" with slug "%s"', (workspace, slug) => {
    expect(() => workspaceDocName(workspace, slug)).toThrow(InputError);
    expect(isWorkspaceDocName(`${workspace}/${slug}`)).toBe(false);
  });

  it('refuse a name with no slug or more than two parts', () => {
    expect(isWorkspaceDocName('eks-news')).toBe(false);
    expect(isWorkspaceDocName('eks-news/056/review')).toBe(false);
  });
});
