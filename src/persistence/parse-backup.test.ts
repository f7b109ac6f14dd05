import { describe, expect, it } from 'vitest';
import { ISSUE_SCHEMA_VERSION } from '../core/model/schema/issue-migrations';
import { BACKUP_FORMAT, BACKUP_VERSION, issueVersionOfBackup } from './backup-format';
import { parseBackup } from './parse-backup';
import { buildTestIssue } from '../../test/support/test-issue';

const issue = buildTestIssue({ slug: '056', cards: 5 });
const revision = {
  id: 'rev-1',
  issueId: issue.id,
  createdAt: 7,
  reason: 'opened',
  title: 'EKS News 056',
  cardCount: 5,
  snapshot: issue,
};

function backupText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2024-05-03T10:00:00.000Z',
    issues: [{ issue, archived: false }],
    revisions: [revision],
    ...overrides,
  });
}

function errorOf(text: string, limits = {}): string {
  const result = parseBackup(text, limits);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

describe('parseBackup', () => {
  it('turns a good file into a plan with every issue and revision', () => {
    const result = parseBackup(backupText());
    expect(result).toEqual({
      ok: true,
      plan: {
        exportedAt: '2024-05-03T10:00:00.000Z',
        issues: [{ issue, archived: false }],
        revisions: [revision],
      },
    });
  });

  it('accepts a file without revisions', () => {
    const result = parseBackup(backupText({ revisions: undefined }));
    expect(result.ok && result.plan.revisions).toEqual([]);
  });

  it('refuses text that is not JSON, saying so', () => {
    expect(errorOf('{"format": "broadsheet-backup",')).toMatch(
      /^This file is not valid JSON \(.+\)\.$/,
    );
    expect(errorOf('')).toMatch(/^This file is not valid JSON/);
  });

  it('refuses JSON that is not a Broadsheet backup', () => {
    expect(errorOf('[1, 2, 3]')).toBe('expected an object, found an array');
    expect(errorOf('{"type": "excalidraw"}')).toBe('This file is not a Broadsheet backup.');
  });

  it('refuses a backup from a newer format, naming both versions', () => {
    expect(errorOf(backupText({ version: 2 }))).toBe(
      'This backup was made by a newer Broadsheet (format version 2); this one reads version 1.',
    );
    expect(errorOf(backupText({ version: '1' }))).toBe(
      'The backup is damaged at version: expected a format version (a whole number from 1).',
    );
  });

  it('knows the issue version of each format version, the newest holding the current', () => {
    for (let version = 1; version <= BACKUP_VERSION; version++) {
      expect(issueVersionOfBackup(version)).toBeGreaterThanOrEqual(1);
    }
    expect(issueVersionOfBackup(BACKUP_VERSION)).toBe(ISSUE_SCHEMA_VERSION);
  });

  it('names the first malformed field of an issue', () => {
    const broken = JSON.parse(backupText()) as {
      issues: { issue: { sections: { blocks: { bullets: { depth: number }[] }[] }[] } }[];
    };
    broken.issues[0]!.issue.sections[1]!.blocks[1]!.bullets[0]!.depth = 4;
    expect(errorOf(JSON.stringify(broken))).toBe(
      'The backup is damaged at issues[0].issue.sections[1].blocks[1].bullets[0].depth: expected a whole number from 1 to 3, found 4.',
    );
  });

  it('refuses __proto__ keys anywhere, before reading any field', () => {
    const text = backupText().replace(
      '"preamble":',
      '"__proto__": {"polluted": true}, "preamble":',
    );
    expect(errorOf(text)).toBe(
      'The backup is damaged at issues[0].issue.__proto__: a forbidden key.',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(errorOf('{"__proto__": {"format": "broadsheet-backup"}}')).toBe(
      'The backup is damaged at __proto__: a forbidden key.',
    );
  });

  it('refuses a file, a text or a nesting beyond the limits', () => {
    const text = backupText();
    expect(errorOf(text, { maxLength: 1000 })).toBe(
      `This file is too large (${text.length} characters; at most 1000).`,
    );
    const huge = backupText({ exportedAt: 'x'.repeat(5000) });
    expect(errorOf(huge, { maxStringLength: 4096 })).toBe(
      'The backup is damaged at exportedAt: a text of 5000 characters, more than the 4096 allowed.',
    );
    const deep = `{"format": "broadsheet-backup", "extra": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(errorOf(deep)).toMatch(
      /^The backup is damaged at extra(\[0\])+: nested deeper than 48 levels\.$/,
    );
    expect(errorOf(text, { maxNodes: 50 })).toBe('holds more than 50 values');
  });

  it('refuses duplicate issues and revisions of issues the file does not hold', () => {
    expect(
      errorOf(
        backupText({
          issues: [
            { issue, archived: false },
            { issue, archived: true },
          ],
        }),
      ),
    ).toBe('The backup is damaged at issues[1].issue.id: "issue-056" appears twice.');
    const stray = { ...revision, issueId: 'elsewhere' };
    expect(errorOf(backupText({ revisions: [revision, stray] }))).toBe(
      'The backup is damaged at revisions[1].issueId: names no issue in this file.',
    );
    expect(errorOf(backupText({ revisions: [revision, revision] }))).toBe(
      'The backup is damaged at revisions[1].id: "rev-1" appears twice.',
    );
  });

  it('checks revision fields and snapshots too', () => {
    expect(errorOf(backupText({ revisions: [{ ...revision, reason: 'whim' }] }))).toMatch(
      /^The backup is damaged at revisions\[0\]\.reason: expected one of "opened"/,
    );
    expect(
      errorOf(backupText({ revisions: [{ ...revision, snapshot: { ...issue, epilogue: null } }] })),
    ).toBe(
      'The backup is damaged at revisions[0].snapshot.epilogue: expected a string, found null.',
    );
    expect(errorOf(backupText({ issues: undefined }))).toBe(
      'The backup is damaged at issues: expected an array, found undefined.',
    );
  });
});
