import { describe, expect, it } from 'vitest';
import { buildTestIssue } from '../../../../test/support/test-issue';
import { admitIssue } from './admit-issue';
import { InvalidRecordError } from './invalid-record-error';
import { ISSUE_SCHEMA_VERSION } from './issue-migrations';

describe('admitIssue', () => {
  it('lets a valid issue of the current version through unchanged', () => {
    const issue = buildTestIssue({ cards: 3 });
    expect(admitIssue(issue)).toBe(issue);
    expect(admitIssue(issue, { version: ISSUE_SCHEMA_VERSION })).toBe(issue);
  });

  it('refuses a damaged issue, naming the first bad field under the path given', () => {
    const issue: Record<string, unknown> = { ...buildTestIssue(), status: 'lost' };
    expect(() => admitIssue(issue, { path: 'issues[2].issue' })).toThrow(
      new InvalidRecordError(
        'issues[2].issue.status',
        'expected one of "draft", "in review", "ready", "published"',
      ),
    );
  });

  it('refuses an issue written by a newer version before looking at its fields', () => {
    expect(() => admitIssue({}, { path: 'snapshot', version: ISSUE_SCHEMA_VERSION + 1 })).toThrow(
      /^snapshot: written by a newer Broadsheet/,
    );
  });
});
