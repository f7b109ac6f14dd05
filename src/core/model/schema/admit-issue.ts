// The one door through which an issue enters from outside the running editor: a stored draft or
// revision read back, a backup being restored, and any issue written to a repository, which is
// how a share link, a review file or an imported markdown file becomes a draft. A record in an
// older shape is migrated (issue-migrations.ts), then checked field by field against the model
// (validate-issue.ts); what cannot be made an Issue is refused with the path of the first bad
// value, never half-accepted. One field is repaired rather than refused: who set the status, a
// name other people typed, is trimmed and capped, or dropped (repair-status-set-by.ts).

import type { Issue } from '../types';
import { ISSUE_SCHEMA_VERSION, migrateIssue } from './issue-migrations';
import { repairStatusSetBy } from './repair-status-set-by';
import { validateIssue } from './validate-issue';

export interface AdmitIssueOptions {
  /** Where the value sits in what holds it, for messages: `issues[3].issue`. */
  path?: string;
  /** The issue version the value was written in; the current one when not given. */
  version?: number;
}

/** Returns `value` as an Issue of the current shape, or throws an InvalidRecordError. */
export function admitIssue(value: unknown, options: AdmitIssueOptions = {}): Issue {
  const { path = '', version = ISSUE_SCHEMA_VERSION } = options;
  return validateIssue(repairStatusSetBy(migrateIssue(value, version, path)), path);
}
