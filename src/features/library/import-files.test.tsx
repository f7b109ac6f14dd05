// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { exportIssue } from '../../core/markdown/export-issue';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { originalTextKey } from '../compose/original-text';
import { readFixture, renderLibrary } from '../../../test/support/render-library';

afterEach(cleanup);

const brokenToml = '+++\ntitle = "EKS News 099\nslug = "099"\n+++\n\n## AWS blogs\n';
const unclosedToml = '+++\ntitle = "EKS News 099"\nslug = "099"\n\n## AWS blogs\n';

function markdownFile(name: string, content: BlobPart): File {
  return new File([content], name, { type: 'text/markdown' });
}

async function upload(files: File[]): Promise<void> {
  await userEvent.upload(screen.getByLabelText('Markdown files to import'), files);
}

describe('import', () => {
  it('imports every chosen file as a draft that exports to the same bytes', async () => {
    const repository = new MemoryIssueRepository();
    renderLibrary(repository);
    await screen.findByText(/No drafts yet/);
    await upload([
      markdownFile('063.md', readFixture('063.md')),
      markdownFile('010.md', readFixture('010.md')),
    ]);
    expect(await screen.findByRole('rowheader', { name: 'EKS News 063' })).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'EKS News 010' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/Imported 2 files/);
    const stored = await Promise.all(
      (await repository.listSummaries()).map(async (s) => (await repository.get(s.id))!.issue),
    );
    expect(stored.map(exportIssue).sort()).toEqual(
      [readFixture('010.md'), readFixture('063.md')].sort(),
    );
  });

  it("keeps each file as read, for the editor's count of lines its export changes", async () => {
    const repository = new MemoryIssueRepository();
    renderLibrary(repository);
    await screen.findByText(/No drafts yet/);
    const text = `\uFEFF${readFixture('063.md').replace(/\n/g, '\r')}`;
    await upload([markdownFile('063.md', text)]);
    await screen.findByRole('rowheader', { name: 'EKS News 063' });
    const [summary] = await repository.listSummaries();
    expect(await repository.getSetting(originalTextKey(summary!.id))).toBe(text);
  });

  it('imports a file whose front matter cannot be read, keeping it whole and read-only', async () => {
    const repository = new MemoryIssueRepository();
    renderLibrary(repository);
    await screen.findByText(/No drafts yet/);
    await upload([markdownFile('broken.md', brokenToml)]);
    await screen.findByRole('rowheader', { name: 'Untitled issue' });
    expect(screen.queryByRole('alert')).toBeNull();
    const [summary] = await repository.listSummaries();
    const issue = (await repository.get(summary!.id))!.issue;
    expect(issue.frontMatter.unreadable).toMatch(/TOML .*line 2/);
    expect(exportIssue(issue)).toBe(brokenToml);
  });

  it('refuses a broken file by name and line, adds nothing for it and still imports the good one', async () => {
    const repository = new MemoryIssueRepository();
    renderLibrary(repository);
    await screen.findByText(/No drafts yet/);
    await upload([
      markdownFile('unclosed.md', unclosedToml),
      markdownFile('057.md', readFixture('057.md')),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('One file was not imported');
    expect(alert.textContent).toMatch(/unclosed\.md, line 1: .*never closed/);
    await screen.findByRole('rowheader', { name: 'EKS News 057' });
    const summaries = await repository.listSummaries();
    expect(summaries.map((s) => s.title)).toEqual(['EKS News 057']);
  });

  it('refuses binary data and bytes that are not UTF-8, naming the line', async () => {
    const repository = new MemoryIssueRepository();
    renderLibrary(repository);
    await screen.findByText(/No drafts yet/);
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('+++\ntitle = "x"\n+++\n'),
      0x63,
      0x61,
      0x66,
      0xe9,
      0x0a,
    ]);
    await upload([
      markdownFile(
        'image.md',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      ),
      markdownFile('latin1.md', latin1),
      markdownFile('nul.md', 'line one\nline two\u0000\n'),
      markdownFile('empty.md', ''),
    ]);
    const alert = await screen.findByRole('alert');
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'image.md, line 1: this is not a UTF-8 text file',
      'latin1.md, line 4: this is not a UTF-8 text file',
      expect.stringMatching(/^nul\.md, line 2: .*binary/),
      'empty.md, line 1: the file is empty',
    ]);
    await waitFor(async () => expect(await repository.listSummaries()).toEqual([]));
  });
});
