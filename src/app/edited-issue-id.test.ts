import { describe, expect, it } from 'vitest';
import { editedIssueId } from './edited-issue-id';
import { appRoutes } from './routes';

describe('editedIssueId', () => {
  it("gives the id of the issue whose editor the address opens, decoded as the router's", () => {
    expect(editedIssueId(appRoutes, '/issues/abc-123')).toBe('abc-123');
    expect(editedIssueId(appRoutes, '/issues/a%20b/')).toBe('a b');
  });

  it('gives nothing on other screens, the issue preview among them', () => {
    for (const path of ['/', '/issues/abc/preview', '/preview', '/search', '/issues'])
      expect(editedIssueId(appRoutes, path)).toBeUndefined();
  });
});
