// The validator for a revision read from a backup: its meta fields, and its snapshot through the
// issue schema's door.

import type { Revision, RevisionReason } from './issue-repository';
import { admitIssue } from '../core/model/schema/admit-issue';
import { REVISION_NAME_MAX } from './revision-policy';
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
  'took-over',
  'exported',
  'shared',
];

/** `issueVersion` is the issue version the snapshot is written in (see admitIssue). */
export function checkRevision(value: unknown, path: string, issueVersion: number): Revision {
  const revision = expectObject(value, path);
  if (expectString(revision.id, field(path, 'id')) === '')
    fail(field(path, 'id'), 'must not be empty');
  expectString(revision.issueId, field(path, 'issueId'));
  expectFiniteNumber(revision.createdAt, field(path, 'createdAt'));
  expectOneOf(revision.reason, REVISION_REASONS, field(path, 'reason'));
  expectString(revision.title, field(path, 'title'));
  expectInteger(revision.cardCount, field(path, 'cardCount'), 0, Number.MAX_SAFE_INTEGER);
  if (revision.name !== undefined) {
    const name = expectString(revision.name, field(path, 'name'));
    if (name.length > REVISION_NAME_MAX)
      fail(field(path, 'name'), `must be at most ${REVISION_NAME_MAX} characters`);
  }
  const snapshot = admitIssue(revision.snapshot, {
    path: field(path, 'snapshot'),
    version: issueVersion,
  });
  return { ...(value as Revision), snapshot };
}
