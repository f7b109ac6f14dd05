// The one door for backup files. Everything is checked before anything is written: size, JSON,
// hostile keys and sizes, the format and its version, every issue and revision snapshot through
// the issue schema's door (admitIssue, which migrates what an older version wrote). The answer
// is either a plan restoreBackup can carry out, or one clear sentence.

import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  issueVersionOfBackup,
  type BackupIssue,
} from './backup-format';
import { checkUntrustedTree, type TreeLimits } from '../core/model/schema/check-untrusted-tree';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import type { Revision } from './issue-repository';
import { admitIssue } from '../core/model/schema/admit-issue';
import { checkRevision } from './validate-revision';
import {
  expectArray,
  expectBoolean,
  expectObject,
  expectString,
  fail,
  field,
  item,
} from '../core/model/schema/validate-primitives';

export interface BackupLimits extends TreeLimits {
  /** The longest file accepted, in characters. */
  maxLength: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxLength: 256 * 1024 * 1024,
  maxStringLength: 2 * 1024 * 1024,
  maxDepth: 48,
  maxNodes: 20_000_000,
};

export interface RestorePlan {
  exportedAt: string;
  issues: BackupIssue[];
  revisions: Revision[];
}

export type ParseBackupResult = { ok: true; plan: RestorePlan } | { ok: false; error: string };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidRecordError('', `This file is not valid JSON (${reason}).`);
  }
}

/** Checks the format and its version; returns the issue version the file's issues are in. */
function checkHeader(file: Record<string, unknown>): number {
  if (file.format !== BACKUP_FORMAT) fail('', 'This file is not a Broadsheet backup.');
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    fail('version', 'expected a format version (a whole number from 1)');
  }
  if (version > BACKUP_VERSION) {
    fail(
      '',
      `This backup was made by a newer Broadsheet (format version ${version}); this one reads version ${BACKUP_VERSION}.`,
    );
  }
  return issueVersionOfBackup(version);
}

function readIssues(value: unknown, issueVersion: number): BackupIssue[] {
  const seen = new Set<string>();
  return expectArray(value, 'issues').map((element, index) => {
    const path = item('issues', index);
    const entry = expectObject(element, path);
    const issue = admitIssue(entry.issue, { path: field(path, 'issue'), version: issueVersion });
    if (seen.has(issue.id))
      fail(field(path, 'issue.id'), `${JSON.stringify(issue.id)} appears twice`);
    seen.add(issue.id);
    return { issue, archived: expectBoolean(entry.archived, field(path, 'archived')) };
  });
}

function readRevisions(value: unknown, issueIds: Set<string>, issueVersion: number): Revision[] {
  if (value === undefined) return [];
  const seen = new Set<string>();
  return expectArray(value, 'revisions').map((element, index) => {
    const path = item('revisions', index);
    const revision = checkRevision(element, path, issueVersion);
    if (!issueIds.has(revision.issueId))
      fail(field(path, 'issueId'), 'names no issue in this file');
    if (seen.has(revision.id))
      fail(field(path, 'id'), `${JSON.stringify(revision.id)} appears twice`);
    seen.add(revision.id);
    return revision;
  });
}

function readBackup(text: string, limits: BackupLimits): RestorePlan {
  if (text.length > limits.maxLength) {
    fail('', `This file is too large (${text.length} characters; at most ${limits.maxLength}).`);
  }
  const parsed = parseJson(text);
  checkUntrustedTree(parsed, limits);
  const file = expectObject(parsed, '');
  const issueVersion = checkHeader(file);
  const exportedAt = expectString(file.exportedAt, 'exportedAt');
  const issues = readIssues(file.issues, issueVersion);
  const ids = new Set(issues.map((e) => e.issue.id));
  const revisions = readRevisions(file.revisions, ids, issueVersion);
  return { exportedAt, issues, revisions };
}

export function parseBackup(text: string, limits: Partial<BackupLimits> = {}): ParseBackupResult {
  try {
    return { ok: true, plan: readBackup(text, { ...DEFAULT_BACKUP_LIMITS, ...limits }) };
  } catch (error) {
    if (error instanceof InvalidRecordError) {
      const message =
        error.path === '' ? error.message : `The backup is damaged at ${error.message}.`;
      return { ok: false, error: message };
    }
    throw error;
  }
}
