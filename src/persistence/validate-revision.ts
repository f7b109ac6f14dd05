// The validator for a revision read from a backup: its meta fields and its snapshot.

import type { Revision, RevisionReason } from './issue-repository';
import { validateIssue } from '../core/model/schema/validate-issue';
import {
  expectFiniteNumber,
  expectInteger,
  expectObject,
  expectOneOf,
  expectString,
  fail,
  field,
} from '../core/model/schema/validate-primitives';

export const REVISION_REASONS: readonly RevisionReason[] = [
  'opened',
  'periodic',
  'before-import',
  'before-restore',
  'before-overwrite',
  'manual',
];

export function checkRevision(value: unknown, path: string): Revision {
  const revision = expectObject(value, path);
  if (expectString(revision.id, field(path, 'id')) === '')
    fail(field(path, 'id'), 'must not be empty');
  expectString(revision.issueId, field(path, 'issueId'));
  expectFiniteNumber(revision.createdAt, field(path, 'createdAt'));
  expectOneOf(revision.reason, REVISION_REASONS, field(path, 'reason'));
  expectString(revision.title, field(path, 'title'));
  expectInteger(revision.cardCount, field(path, 'cardCount'), 0, Number.MAX_SAFE_INTEGER);
  validateIssue(revision.snapshot, field(path, 'snapshot'));
  return value as Revision;
}
