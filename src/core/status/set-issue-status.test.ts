import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLines } from '../../../test/helpers/changed-lines';
import { readCorpus } from '../../../test/helpers/corpus';
import { readFlux } from '../../../test/helpers/flux-corpus';
import { exportIssue } from '../markdown/export-issue';
import { importIssue } from '../markdown/import-issue';
import type { IssueStatus } from '../model/types';
import { setIssueStatus } from './set-issue-status';

// The fidelity contract for the status (issue 15, item 3): a status change rewrites the value of
// the `draft` key's line and nothing else, in TOML, YAML and JSON front matter, and touches no
// byte of a file without the key.

const fixture = (folder: string, name: string) =>
  readFileSync(join(process.cwd(), 'test/fixtures', folder, name), 'utf8');

const files: [string, string, RegExp][] = [
  ['056 (TOML)', readCorpus('056.md'), /^draft = /],
  ['a YAML issue', fixture('synthetic-yaml', '2024-05-weekly.md'), /^draft: /],
  ['a JSON issue', fixture('synthetic-json', '012.md'), /^ {2}"draft": /],
];

/** The original's `draft` line with `false` turned to `true`. */
function draftLineTurnedTrue(original: string, line: RegExp): [string, string] {
  const before = original.split('\n').find((l) => line.test(l));
  if (before === undefined) throw new Error('the fixture has no draft line');
  expect(before).toContain('false');
  return [before, before.replace('false', 'true')];
}

const exportWith = (text: string, ...statuses: IssueStatus[]) =>
  exportIssue(statuses.reduce((issue, s) => setIssueStatus(issue, s, 1), importIssue(text)));

describe.each(files)('setIssueStatus on %s', (_name, original, line) => {
  it('reads draft = false as published', () => {
    expect(importIssue(original).status).toBe('published');
  });

  it.each(['draft', 'in review'] as const)(
    '%s rewrites the draft line alone, byte for byte elsewhere',
    (status) => {
      const [before, after] = draftLineTurnedTrue(original, line);
      expect(changedLines(original, exportWith(original, status))).toEqual({
        removed: [before],
        added: [after],
      });
    },
  );

  it('ready leaves the file as it was', () => {
    expect(exportWith(original, 'ready')).toBe(original);
  });

  it('back to published after in review gives the original file', () => {
    expect(exportWith(original, 'in review', 'published')).toBe(original);
  });

  it('reads the rewritten file back with the status it was given', () => {
    expect(importIssue(exportWith(original, 'in review')).status).toBe('draft');
  });
});

describe('setIssueStatus', () => {
  it('adds no draft key to front matter without one', () => {
    const original = readFlux('2023-07-17-june-update.md');
    const issue = importIssue(original);
    expect(issue.status).toBe('draft');
    for (const status of ['in review', 'ready', 'published'] as const) {
      const changed = setIssueStatus(issue, status, 5);
      expect(changed.status).toBe(status);
      expect(exportIssue(changed)).toBe(original);
    }
  });

  it('stamps when the status changed, and returns the same issue for the same status', () => {
    const issue = importIssue(readCorpus('056.md'));
    expect(issue.statusChangedAt).toBeUndefined();
    expect(setIssueStatus(issue, 'in review', 1234).statusChangedAt).toBe(1234);
    expect(setIssueStatus(issue, 'published', 1234)).toBe(issue);
  });

  it('records who set it, and no name when none is given', () => {
    const issue = importIssue(readCorpus('056.md'));
    const byAna = setIssueStatus(issue, 'in review', 10, '  Ana ');
    expect([byAna.status, byAna.statusChangedAt, byAna.statusSetBy]).toEqual([
      'in review',
      10,
      'Ana',
    ]);
    const unnamed = setIssueStatus(byAna, 'ready', 20);
    expect(unnamed).not.toHaveProperty('statusSetBy');
    expect(setIssueStatus(byAna, 'ready', 20, ' ')).not.toHaveProperty('statusSetBy');
  });

  it('leaves JSON front matter kept whole as written', () => {
    const original = '{"title": "x", "draft": false}\n\n## Links\n';
    const issue = importIssue(original);
    expect(issue.status).toBe('draft');
    const changed = setIssueStatus(issue, 'in review', 1);
    expect(changed.status).toBe('in review');
    expect(exportIssue(changed)).toBe(original);
  });

  it('reads draft = true as draft, and ready turns it to false', () => {
    const original = readCorpus('056.md').replace('draft = false', 'draft = true');
    expect(importIssue(original).status).toBe('draft');
    expect(exportWith(original, 'ready')).toBe(readCorpus('056.md'));
  });
});
