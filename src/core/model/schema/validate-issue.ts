// The validator of the issue schema: a hand-written guard over the model in ../types.ts. It
// checks every field the model declares and leaves unknown extra fields alone (so a newer model's
// optional additions are not dropped); hostile keys are refused earlier, where untrusted text is
// parsed (check-untrusted-tree.ts). Records enter through admitIssue (admit-issue.ts), not here.

import type { Issue } from '../types';
import { InvalidRecordError } from './invalid-record-error';
import { STATUS_SET_BY_MAX } from './status-set-by-max';
import { statusSetByName } from './status-set-by-name';
import { checkBlock, checkSection } from './validate-blocks';
import { checkDialect } from './validate-dialect';
import { checkFrontMatter } from './validate-front-matter';
import {
  expectEach,
  expectFiniteNumber,
  expectObject,
  expectOneOf,
  expectString,
  field,
} from './validate-primitives';

export const ISSUE_STATUSES = ['draft', 'in review', 'ready', 'published'] as const;

/** Returns `value` typed as an Issue, or throws an InvalidRecordError naming the bad field. */
export function validateIssue(value: unknown, path = ''): Issue {
  const issue = expectObject(value, path);
  const id = expectString(issue.id, field(path, 'id'));
  if (id === '') throw new InvalidRecordError(field(path, 'id'), 'must not be empty');
  checkFrontMatter(issue.frontMatter, field(path, 'frontMatter'));
  expectString(issue.preamble, field(path, 'preamble'));
  expectEach(issue.intro, field(path, 'intro'), checkBlock);
  expectEach(issue.sections, field(path, 'sections'), checkSection);
  expectString(issue.epilogue, field(path, 'epilogue'));
  checkDialect(issue.dialect, field(path, 'dialect'));
  expectOneOf(issue.status, ISSUE_STATUSES, field(path, 'status'));
  if (issue.statusChangedAt !== undefined) {
    expectFiniteNumber(issue.statusChangedAt, field(path, 'statusChangedAt'));
  }
  if (issue.statusSetBy !== undefined) {
    checkStatusSetBy(issue.statusSetBy, field(path, 'statusSetBy'));
  }
  if (issue.templateId !== undefined) expectString(issue.templateId, field(path, 'templateId'));
  expectFiniteNumber(issue.createdAt, field(path, 'createdAt'));
  expectFiniteNumber(issue.updatedAt, field(path, 'updatedAt'));
  return value as Issue;
}

function checkStatusSetBy(value: unknown, path: string): void {
  if (statusSetByName(expectString(value, path)) !== value) {
    throw new InvalidRecordError(
      path,
      `must be a trimmed name of 1 to ${STATUS_SET_BY_MAX} characters`,
    );
  }
}

/** The type guard form, for callers that only need a yes or no. */
export function isIssue(value: unknown): value is Issue {
  try {
    validateIssue(value);
    return true;
  } catch (error) {
    if (error instanceof InvalidRecordError) return false;
    throw error;
  }
}
