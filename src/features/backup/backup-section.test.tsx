// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importIssue } from '../../core/markdown/import-issue';
import type { Issue, LinkCard } from '../../core/model/types';
import { BACKUP_FORMAT } from '../../persistence/backup-format';
import type { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import {
  readFixture,
  renderLibrary,
  repositoryWith056,
} from '../../../test/support/render-library';

let downloads: Blob[];

beforeEach(() => {
  downloads = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    downloads.push(blob as Blob);
    return 'blob:backup';
  };
  URL.revokeObjectURL = () => undefined;
});

afterEach(cleanup);

function backupOf(issues: Issue[]): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2024-05-03T10:00:00.000Z',
    issues: issues.map((issue) => ({ issue, archived: false })),
  });
}

function retitled(issue: Issue, title: string): Issue {
  const [section, ...rest] = issue.sections;
  const [card, ...cards] = section!.blocks as LinkCard[];
  const blocks = [{ ...card!, title, headerSource: undefined }, ...cards];
  return { ...issue, sections: [{ ...section!, blocks }, ...rest], updatedAt: issue.updatedAt + 1 };
}

async function chooseFile(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Backup file to restore') as HTMLInputElement;
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], name)] } });
  });
}

/** Everything stored, to show that a refused restore changed nothing. */
async function everything(repository: MemoryIssueRepository) {
  const summaries = await repository.listSummaries();
  const issues = await Promise.all(summaries.map((s) => repository.get(s.id)));
  const revisions = await Promise.all(summaries.map((s) => repository.listRevisions(s.id)));
  return JSON.stringify({ summaries, issues, revisions });
}

const backupSection = () => screen.getByRole('region', { name: 'Backup' });

describe('Download backup', () => {
  it('gives every draft in one file, and their history when asked', async () => {
    const { repository, issue } = await repositoryWith056();
    await repository.addRevision(issue.id, issue, 'opened');
    renderLibrary(repository);
    const section = await screen.findByRole('region', { name: 'Backup' });
    fireEvent.click(within(section).getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const plain = JSON.parse(await downloads[0]!.text()) as Record<string, unknown>;
    expect(plain).toMatchObject({ format: BACKUP_FORMAT, issues: [{ issue: { id: issue.id } }] });
    expect(plain.revisions).toBeUndefined();

    fireEvent.click(within(section).getByRole('checkbox', { name: /history/ }));
    fireEvent.click(within(section).getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const full = JSON.parse(await downloads[1]!.text()) as { revisions: { reason: string }[] };
    expect(full.revisions.map((r) => r.reason)).toEqual(['opened']);
  });
});

describe('Restore backup', () => {
  it('adds new drafts and asks about one that differs: keep both adds a copy', async () => {
    const { repository, issue } = await repositoryWith056();
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    const other = importIssue(readFixture('057.md'), { id: 'i057' });
    await chooseFile(backupOf([retitled(issue, 'From the backup'), other]));

    const dialog = await screen.findByRole('dialog', {
      name: '“EKS News 056” differs from the backup',
    });
    expect(dialog.textContent).toContain('1 card edited');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep both' }));

    const report = await within(backupSection()).findByRole('status');
    expect(report.textContent).toBe('Backup restored. 1 draft added, 1 copy added.Dismiss');
    expect(await screen.findByRole('link', { name: 'EKS News 057' })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'EKS News 056' })).toHaveLength(2);
    expect((await repository.get(issue.id))?.issue).toEqual(issue);
  });

  it('replaces a draft when asked, keeping the one it replaced in its history', async () => {
    const { repository, issue } = await repositoryWith056();
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    await chooseFile(backupOf([retitled(issue, 'From the backup')]));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: "Replace with the backup's" }));
    await within(backupSection()).findByRole('status');
    const stored = await repository.get(issue.id);
    expect((stored?.issue.sections[0]!.blocks[0] as LinkCard).title).toBe('From the backup');
    const [kept] = await repository.listRevisions(issue.id);
    expect(kept?.reason).toBe('before-restore');
    expect((await repository.getRevision(kept!.id))?.snapshot).toEqual(issue);
  });

  it('changes nothing when the restore is cancelled at a question', async () => {
    const { repository, issue } = await repositoryWith056();
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    const before = await everything(repository);
    const other = importIssue(readFixture('057.md'), { id: 'i057' });
    await chooseFile(backupOf([other, retitled(issue, 'From the backup')]));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel restore' }));
    const alert = await within(backupSection()).findByRole('alert');
    expect(alert.textContent).toContain('Restore cancelled: nothing was changed.');
    expect(await everything(repository)).toBe(before);
  });

  const refused: [string, () => string | Uint8Array<ArrayBuffer>, RegExp][] = [
    ['text that is not JSON', () => '{"format": "broadsheet-backup", ', /not valid JSON/],
    ['JSON of another kind', () => '{"hello": "world"}', /not a Broadsheet backup/],
    ['bytes that are not text', () => new Uint8Array([0xff, 0xfe, 0x00, 0x9f]), /not text/],
    [
      'a hostile __proto__ key',
      () =>
        backupOf([]).replace(
          '"issues":[]',
          '"issues":[{"issue":{"__proto__":{"polluted":true}},"archived":false}]',
        ),
      /damaged/,
    ],
    [
      'one good draft beside one damaged one',
      () => {
        const good = importIssue(readFixture('057.md'), { id: 'i057' });
        const bad = { ...good, id: 'i058', sections: 'none' } as unknown as Issue;
        return backupOf([good, bad]);
      },
      /The backup is damaged at issues\[1\]\.issue\.sections/,
    ],
  ];

  it.each(refused)('refuses %s with a clear message and writes nothing', async (_, make, why) => {
    const { repository } = await repositoryWith056();
    renderLibrary(repository);
    await screen.findByRole('link', { name: 'EKS News 056' });
    const before = await everything(repository);
    const content = make();
    const input = screen.getByLabelText('Backup file to restore') as HTMLInputElement;
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([content], 'backup.json')] } });
    });
    const alert = await within(backupSection()).findByRole('alert');
    expect(alert.textContent).toMatch(why);
    expect(await everything(repository)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
