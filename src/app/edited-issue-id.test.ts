import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { editedIssueId } from './edited-issue-id';
import { appRoutes } from './routes';

/** The id read from the router's match of `path`, as main.tsx reads it. */
const idAt = (path: string) => editedIssueId(matchRoutes(appRoutes, path) ?? []);

describe('editedIssueId', () => {
  it("gives the id of the issue whose editor the address opens, decoded as the router's", () => {
    expect(idAt('/issues/abc-123')).toBe('abc-123');
    expect(idAt('/issues/a%20b/')).toBe('a b');
  });

  it('gives nothing on other screens, the issue preview among them', () => {
    for (const path of ['/', '/issues/abc/preview', '/preview', '/search', '/issues'])
      expect(idAt(path)).toBeUndefined();
  });
});
